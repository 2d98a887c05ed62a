package dev.ivsinspector.demo;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IVS side of the demo endpoint: checks the SigV4 header, routes the rest-json
 * operation to {@link IvsOperations} and writes the reply with the headers AWS sends.
 */
final class IvsHttpHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(IvsHttpHandler.class);
    private static final String TAGS_PREFIX = "/tags/";

    private final IvsOperations operations;
    /** The demo organization's routes, or null when the endpoint serves the single demo account only. */
    private final OrganizationRoutes organization;

    private final StreamSessionOperations sessions;

    IvsHttpHandler(IvsOperations operations, StreamSessionOperations sessions, OrganizationRoutes organization) {
        this.operations = operations;
        this.sessions = sessions;
        this.organization = organization;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try (InputStream in = exchange.getRequestBody()) {
            reply = replyFor(exchange, in.readAllBytes()); // read it all so the connection can be kept alive
        } catch (IOException e) {
            LOG.debug("Demo endpoint: could not read the request {}", exchange.getRequestURI(), e);
            exchange.close();
            return;
        }
        if (reply.reset()) {
            sendHalfAndDropConnection(exchange, reply);
        }
        try (exchange) {
            send(exchange, reply);
        } catch (IOException e) {
            LOG.debug("Demo endpoint: the client went away while answering {}", exchange.getRequestURI(), e);
        }
    }

    private Reply replyFor(HttpExchange exchange, byte[] body) {
        try {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            if (organization != null) {
                Optional<Reply> unsigned = organization.routeUnsigned(method, rawPath,
                        exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
                if (unsigned.isPresent()) {
                    return unsigned.get();
                }
            }
            SigV4Scope scope = SigV4Scope.parse(exchange.getRequestHeaders().getFirst("Authorization"), "ivs");
            if (organization != null) {
                Optional<Reply> member = organization.routeIvs(scope, operationName(method, rawPath),
                        ops -> route(ops, method, rawPath, scope, body));
                if (member.isPresent()) {
                    return member.get();
                }
            }
            return route(operations, method, rawPath, scope, body);
        } catch (ApiException e) {
            return Reply.error(e.error(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Demo endpoint: unexpected failure for {}", exchange.getRequestURI(), e);
            return Reply.error(DemoError.INTERNAL_SERVER, "Unexpected error in the demo endpoint: " + e);
        }
    }

    /** The operation a request names, for messages such as AccessDenied's. */
    private static String operationName(String method, String rawPath) {
        return "GET".equals(method) && rawPath.startsWith(TAGS_PREFIX) ? "ListTagsForResource"
                : rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    }

    private Reply route(IvsOperations operations, String method, String rawPath, SigV4Scope scope, byte[] body) {
        if ("POST".equals(method)) {
            switch (rawPath) {
                case "/GetRecordingConfiguration":
                    return operations.getRecordingConfiguration(scope, RequestBody.parse(body));
                case "/ListRecordingConfigurations":
                    return operations.listRecordingConfigurations(scope, RequestBody.parse(body));
                case "/ListChannels":
                    return operations.listChannels(scope, RequestBody.parse(body));
                case "/ListStreamSessions":
                    return sessions.listStreamSessions(scope, RequestBody.parse(body));
                case "/GetStreamSession":
                    return sessions.getStreamSession(scope, RequestBody.parse(body));
                default:
                    break;
            }
        } else if ("GET".equals(method) && rawPath.startsWith(TAGS_PREFIX) && rawPath.length() > TAGS_PREFIX.length()) {
            // The SDK percent-encodes the whole ARN into one path segment (':' and '/' included).
            String arn = URLDecoder.decode(rawPath.substring(TAGS_PREFIX.length()), StandardCharsets.UTF_8);
            return operations.listTagsForResource(scope, arn);
        }
        throw DemoError.UNKNOWN_OPERATION.exception(
                "The demo endpoint does not serve " + method + " " + rawPath);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", reply.contentType());
        headers.set("x-amzn-RequestId", UUID.randomUUID().toString());
        if (reply.error() != null) {
            headers.set("x-amzn-ErrorType", reply.error().errorTypeHeader());
        }
        byte[] body = reply.body();
        // -1 means "no body"; 0 would mean chunked encoding for this server.
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * The reset fault: announce the whole body, send half, then throw out of the handler. Closing the
     * exchange would leave the connection open until the server's idle timeout; an exception thrown
     * by a handler makes the JDK server close the socket at once, which the client sees as a cut body.
     */
    private static void sendHalfAndDropConnection(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new IOException("IVS demo fault: connection dropped in the middle of the body on purpose");
    }
}
