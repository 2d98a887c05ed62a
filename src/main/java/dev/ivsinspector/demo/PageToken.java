package dev.ivsinspector.demo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The nextToken of the list operations: opaque to clients, deterministic for tests. It records the
 * operation and region it belongs to (a token from another list or region is rejected, as the service
 * does), the offset of the next item and the index of the page it starts.
 */
record PageToken(String operation, String region, int offset, int pageIndex) {

    String encode() {
        String plain = "v1:" + operation + ":" + region + ":" + offset + ":" + pageIndex;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a token of {@code operation} in {@code region}, or throws a ValidationException. */
    static PageToken decode(String token, String operation, String region) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", -1);
            if (parts.length == 5 && parts[0].equals("v1") && parts[1].equals(operation)
                    && parts[2].equals(region)) {
                int offset = Integer.parseInt(parts[3]);
                int page = Integer.parseInt(parts[4]);
                if (offset > 0 && page > 0) {
                    return new PageToken(operation, region, offset, page);
                }
            }
        } catch (IllegalArgumentException e) {
            // not Base64 or not numbers: the same answer as any other foreign token
        }
        throw DemoError.VALIDATION.exception("The nextToken is not valid: " + token);
    }
}
