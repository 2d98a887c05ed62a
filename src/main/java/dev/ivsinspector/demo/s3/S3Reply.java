package dev.ivsinspector.demo.s3;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One S3 answer: status, headers and body. {@code headOnly} answers announce the length of a body they do
 * not send, as HEAD does.
 */
public record S3Reply(int status, Map<String, String> headers, byte[] body, boolean headOnly) {

    public S3Reply {
        headers = Map.copyOf(headers);
    }

    static S3Reply xml(int status, String xml) {
        return new S3Reply(status, Map.of("Content-Type", "application/xml"), xml.getBytes(StandardCharsets.UTF_8),
                false);
    }

    /** An S3 error document; HEAD gets the status alone, as S3 sends no body to HEAD. */
    static S3Reply error(S3ErrorCode code, String message, boolean head, Map<String, String> extraHeaders,
                         Map<String, String> extraElements) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        if (head) {
            return new S3Reply(code.status(), headers, new byte[0], true);
        }
        headers.put("Content-Type", "application/xml");
        return new S3Reply(code.status(), headers,
                S3Xml.error(code.code(), message,
                        extraElements).getBytes(StandardCharsets.UTF_8), false);
    }
}
