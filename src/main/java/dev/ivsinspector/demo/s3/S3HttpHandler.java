package dev.ivsinspector.demo.s3;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ivsinspector.demo.SigV4Scope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The S3 side of the demo endpoint: path-style requests ({@code /bucket/key}), answered by
 * {@link S3Operations} with the headers S3 sends ({@code x-amz-request-id}, {@code x-amz-id-2}) and rest-xml
 * error bodies. HEAD replies carry no body, as S3's do.
 */
public final class S3HttpHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(S3HttpHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Function<String, S3Operations> operationsByAccessKey;
    private final PresignedUrl presigned;

    /** @param operationsByAccessKey the operations of the account a request's access key belongs to */
    public S3HttpHandler(Function<String, S3Operations> operationsByAccessKey, PresignedUrl presigned) {
        this.operationsByAccessKey = operationsByAccessKey;
        this.presigned = presigned;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes(); // read it all so the connection can be kept alive
        }
        String requestId = HexFormat.of().withUpperCase().formatHex(randomBytes(8));
        String hostId = Base64.getEncoder().encodeToString(randomBytes(48));
        S3Reply reply;
        try {
            S3Request request = request(exchange);
            reply = operationsByAccessKey.apply(request.accessKeyId()).handle(request);
        } catch (S3Exception e) {
            reply = e.reply(requestId, hostId);
        } catch (RuntimeException e) {
            LOG.warn("Demo S3: unexpected failure for {}", exchange.getRequestURI(), e);
            reply = new S3Exception(500, "InternalError", "We encountered an internal error. Please try again.")
                    .reply(requestId, hostId);
        }
        try (exchange) {
            send(exchange, reply, requestId, hostId);
        } catch (IOException e) {
            LOG.debug("Demo S3: the client went away while answering {}", exchange.getRequestURI(), e);
        }
    }

    private S3Request request(HttpExchange exchange) {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String path = exchange.getRequestURI().getRawPath();
        String region;
        String accessKeyId;
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null && PresignedUrl.isPresigned(query)) {
            presigned.check(exchange.getRequestMethod(), path, query,
                    String.valueOf(exchange.getRequestHeaders().getFirst("Host")));
            region = PresignedUrl.regionOf(query);
            accessKeyId = query.getOrDefault("X-Amz-Credential", "").split("/", 2)[0];
        } else {
            SigV4Scope scope = SigV4Scope.parse(authorization, "s3");
            region = scope.region();
            accessKeyId = scope.accessKeyId();
        }
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        String bucket = decode(slash < 0 ? rest : rest.substring(0, slash));
        String key = slash < 0 || slash == rest.length() - 1 ? null : decode(rest.substring(slash + 1));
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
        return new S3Request(exchange.getRequestMethod(), bucket, key, query, headers, region, accessKeyId);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            query.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return query;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, S3Reply reply, String requestId, String hostId) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("x-amz-request-id", requestId);
        exchange.getResponseHeaders().set("x-amz-id-2", hostId);
        exchange.getResponseHeaders().set("Server", "AmazonS3");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        byte[] body = head ? new byte[0] : reply.body();
        // -1 means "no body"; 0 would mean chunked encoding for this server.
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Operations a read-only demo refuses, listed for the message. */
    static final List<String> WRITE_METHODS = List.of("PUT", "POST", "DELETE", "PATCH");
}
