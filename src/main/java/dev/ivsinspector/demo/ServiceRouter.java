package dev.ivsinspector.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
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
        String service = SigV4Scope.serviceOf(exchange.getRequestHeaders().getFirst("Authorization"));
        HttpHandler handler = service == null ? fallback : handlers.getOrDefault(service, fallback);
        handler.handle(exchange);
    }
}
