package dev.ivsinspector.demo.s3;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the S3 requests that reach the demo endpoint to {@link S3ObjectOperations}: those signed for the
 * service "s3", in the Authorization header or (presigned) in the query string.
 */
public final class S3Dispatch {
    private static final Pattern HEADER_SCOPE = Pattern.compile("Credential=[^/,\\s]+/[0-9]{8}/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request");

    private final S3ObjectOperations operations;

    public S3Dispatch(S3ObjectOperations operations) {
        this.operations = operations;
    }

    /** The SigV4 scope's region and service of the request, from the header or the query. */
    record Scope(String region, String service) {
    }

    static Optional<Scope> scope(HttpExchange exchange, Map<String, String> query) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            Matcher m = HEADER_SCOPE.matcher(authorization);
            return m.find() ? Optional.of(new Scope(m.group(1), m.group(2))) : Optional.empty();
        }
        String credential = query.get("X-Amz-Credential");
        if (credential != null) {
            String[] parts = credential.split("/", -1);
            if (parts.length == 5) {
                return Optional.of(new Scope(parts[2], parts[3]));
            }
        }
        return Optional.empty();
    }

    /** Answers the request when it is an S3 object-level read; false leaves it to the other handlers. */
    public boolean handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        Optional<Scope> scope = scope(exchange, query);
        if (scope.isEmpty() || !"s3".equals(scope.get().service())) {
            return false;
        }
        Optional<S3Reply> reply = operations.handle(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                query, String.valueOf(exchange.getRequestHeaders().getFirst("Host")), scope.get().region());
        if (reply.isEmpty()) {
            return false;
        }
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            send(exchange, reply.get());
        }
        return true;
    }

    static void send(HttpExchange exchange, S3Reply reply) throws IOException {
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("x-amz-request-id", UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
        exchange.getResponseHeaders().set("x-amz-id-2", UUID.randomUUID().toString());
        byte[] body = reply.body();
        if (reply.headOnly()) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Decoded query parameters; the last value wins for a repeated name. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }
}
