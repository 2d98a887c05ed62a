package dev.ivsinspector.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ivsinspector.demo.s3.PresignedUrl;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets one loopback port serve every service the app calls, as {@code --endpoint-url} does for the AWS CLI:
 * each request goes to the handler of the service named in its SigV4 credential scope ({@code ivs}, {@code s3},
 * {@code iam}, {@code sts}). A request without a readable scope, or for a service the demo does not serve,
 * goes to IVS, which answers with the 403 IVS sends for it.
 */
final class ServiceRouter implements HttpHandler {
    private final Map<String, HttpHandler> handlers;
    private final HttpHandler fallback;
    private final AtomicInteger requestCount = new AtomicInteger();

    ServiceRouter(Map<String, HttpHandler> handlers, HttpHandler fallback) {
        this.handlers = Map.copyOf(handlers);
        this.fallback = fallback;
    }

    int requestCount() {
        return requestCount.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        requestCount.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        // A presigned URL carries its scope in the query instead of a header.
        String service = authorization == null ? PresignedUrl.serviceOf(exchange.getRequestURI().getRawQuery())
                : SigV4Scope.serviceOf(authorization);
        HttpHandler handler = service == null ? fallback : handlers.getOrDefault(service, fallback);
        handler.handle(exchange);
    }
}
