package dev.ivsinspector.demo.s3;

import dev.ivsinspector.demo.Xml;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the demo's S3 sends: status, headers and body. The request id headers are added by the handler;
 * a HEAD reply's body is never sent (S3 answers HEAD errors with the status and headers only).
 */
public record S3Reply(int status, Map<String, String> headers, byte[] body) {

    public S3Reply {
        headers = Map.copyOf(headers);
    }

    public static S3Reply ok(String contentType, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Content-Type", contentType);
        return new S3Reply(200, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    public static S3Reply xml(String body) {
        return ok("application/xml", Xml.DECLARATION + body, Map.of());
    }

    /** An empty 200, e.g. HeadBucket, with its headers. */
    public static S3Reply empty(Map<String, String> headers) {
        return new S3Reply(200, headers, new byte[0]);
    }

    public S3Reply withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new S3Reply(status, all, body);
    }
}
