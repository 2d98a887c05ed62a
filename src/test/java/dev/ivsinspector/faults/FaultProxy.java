package dev.ivsinspector.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of the demo endpoint that breaks chosen requests on purpose: error statuses,
 * bodies that are not JSON or cut short, a connection dropped mid-body, slow or held answers, and a port that is
 * closed and opened again. Rules pick requests by path (and optionally by a text in the body), skip the first
 * {@code skip} of them and break the next {@code times}; anything else is forwarded unchanged.
 */
final class FaultProxy implements AutoCloseable {

    enum Kind { STATUS, MALFORMED, TRUNCATED, RESET, SLOW, HOLD }

    /** What to do to a request instead of forwarding it plainly. */
    record Fault(Kind kind, int status, String errorType, Duration delay, CountDownLatch release) {
        static Fault status(int status, String errorType) {
            return new Fault(Kind.STATUS, status, errorType, null, null);
        }

        static Fault of(Kind kind) {
            return new Fault(kind, 0, null, null, null);
        }

        static Fault slow(Duration delay) {
            return new Fault(Kind.SLOW, 0, null, delay, null);
        }

        static Fault hold(CountDownLatch release) {
            return new Fault(Kind.HOLD, 0, null, null, release);
        }

        @Override
        public String toString() {
            return kind == Kind.STATUS ? status + " " + errorType : kind.name();
        }
    }

    private record Rule(String path, String bodyContains, AtomicInteger skip, AtomicInteger times, Fault fault) {
    }

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding");

    private final URI target;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final Map<String, AtomicInteger> answeredByPath = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private int port;
    private HttpServer server;

    FaultProxy(URI target) {
        this.target = target;
        start(0);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Breaks the requests to {@code path} after the first {@code skip}, {@code times} of them. */
    FaultProxy fail(String path, int skip, int times, Fault fault) {
        return fail(path, null, skip, times, fault);
    }

    FaultProxy fail(String path, String bodyContains, int skip, int times, Fault fault) {
        rules.add(new Rule(path, bodyContains, new AtomicInteger(skip), new AtomicInteger(times), fault));
        return this;
    }

    void clearFaults() {
        rules.clear();
    }

    int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    /** Requests fully handled (forwarded, or broken) so far. */
    int answered() {
        return answered.get();
    }

    /** Requests to {@code path} fully handled (forwarded, or broken) so far. */
    int answered(String path) {
        AtomicInteger n = answeredByPath.get(path);
        return n == null ? 0 : n.get();
    }

    /** Closes the port: connections are refused until {@link #reopen()}. */
    void closePort() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    void reopen() {
        start(port);
    }

    private void start(int wanted) {
        for (int attempt = 0; ; attempt++) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 50);
                break;
            } catch (BindException e) {
                if (attempt > 50) {
                    throw new IllegalStateException("Port " + wanted + " stays busy", e);
                }
                sleep(Duration.ofMillis(100));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        port = server.getAddress().getPort();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        try {
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Fault fault = faultFor(path, new String(body, StandardCharsets.UTF_8));
            if (fault == null) {
                send(exchange, forward(exchange, body), Integer.MAX_VALUE);
                return;
            }
            switch (fault.kind()) {
                case STATUS -> sendError(exchange, fault.status(), fault.errorType());
                case MALFORMED -> send(exchange, new Answer(200, "<html><body>502 Bad Gateway</body></html>"
                        .getBytes(StandardCharsets.UTF_8), null, requestId()), Integer.MAX_VALUE);
                case TRUNCATED -> {
                    Answer full = forward(exchange, body);
                    byte[] half = java.util.Arrays.copyOf(full.body(), full.body().length / 2);
                    send(exchange, new Answer(full.status(), half, null, full.requestId()), Integer.MAX_VALUE);
                }
                case RESET -> {
                    Answer full = forward(exchange, body);
                    send(exchange, full, full.body().length / 2); // throws after half the body: the socket is dropped
                }
                case SLOW -> {
                    sleep(fault.delay());
                    send(exchange, forward(exchange, body), Integer.MAX_VALUE);
                }
                case HOLD -> {
                    try {
                        fault.release().await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(exchange, forward(exchange, body), Integer.MAX_VALUE);
                }
            }
        } finally {
            answeredByPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            answered.incrementAndGet();
        }
    }

    private Fault faultFor(String path, String body) {
        for (Rule rule : rules) {
            if (!rule.path().equals(path) || rule.bodyContains() != null && !body.contains(rule.bodyContains())) {
                continue;
            }
            if (rule.skip().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return null;
            }
            if (rule.times().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return rule.fault();
            }
        }
        return null;
    }

    private record Answer(int status, byte[] body, String errorType, String requestId) {
    }

    private Answer forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().getRawPath()))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> {
                    try {
                        request.header(name, v);
                    } catch (IllegalArgumentException restricted) {
                        // a header the JDK client sets itself
                    }
                });
            }
        });
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("x-amzn-ErrorType").orElse(null),
                    response.headers().firstValue("x-amzn-RequestId").orElse(requestId()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void sendError(HttpExchange exchange, int status, String errorType) throws IOException {
        String message = "Fault proxy: " + errorType + " on purpose";
        byte[] body = ("{\"message\":\"" + message + "\",\"exceptionMessage\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        send(exchange, new Answer(status, body, errorType + ":http://internal.amazon.com/coral/com.amazonaws.ivs/",
                requestId()), Integer.MAX_VALUE);
    }

    /** Sends the answer; with {@code cutAt} below its length, only that much and then the connection is dropped. */
    private static void send(HttpExchange exchange, Answer answer, int cutAt) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-RequestId", answer.requestId());
        if (answer.errorType() != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", answer.errorType());
        }
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        OutputStream out = exchange.getResponseBody();
        if (cutAt < body.length) {
            out.write(body, 0, cutAt);
            out.flush();
            // An exception out of the handler makes the JDK server close the socket at once.
            throw new IOException("Fault proxy: connection dropped mid-body on purpose");
        }
        out.write(body);
        out.close();
        exchange.close();
    }

    private static String requestId() {
        return UUID.randomUUID().toString();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
