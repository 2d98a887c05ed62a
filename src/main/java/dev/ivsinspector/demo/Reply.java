package dev.ivsinspector.demo;

import dev.ivsinspector.model.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the endpoint sends for one request: a status, a body and, for errors, the error code. The
 * {@code reset} kind announces the whole body but sends only half, then drops the connection.
 */
record Reply(int status, byte[] body, DemoError error, boolean reset, String contentType) {
    static final String JSON = "application/json";

    Reply(int status, byte[] body, DemoError error, boolean reset) {
        this(status, body, error, reset, JSON);
    }

    /** A small page for a browser (the demo organization's sign-in note). */
    static Reply html(String page) {
        return new Reply(200, bytes(page), null, false, "text/html; charset=utf-8");
    }

    static Reply ok(Object json) {
        return new Reply(200, bytes(JsonText.compact(json)), null, false);
    }

    /** A 200 with an arbitrary body (for the garbage and truncated faults). */
    static Reply raw(String body) {
        return new Reply(200, bytes(body), null, false);
    }

    static Reply resetAfterHalf(Object json) {
        return new Reply(200, bytes(JsonText.compact(json)), null, true);
    }

    /** An error: the model names the member exceptionMessage, clients also read message, so send both. */
    static Reply error(DemoError error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exceptionMessage", message);
        body.put("message", message);
        return new Reply(error.status(), bytes(JsonText.compact(body)), error, false);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
