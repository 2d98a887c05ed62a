package dev.ivsinspector.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import dev.ivsinspector.demo.s3.PresignedUrl;
import dev.ivsinspector.demo.s3.S3Dispatch;
import dev.ivsinspector.demo.s3.S3ObjectOperations;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The built-in demo account: a loopback HTTP endpoint speaking the IVS rest-json protocol (and S3's object
 * reads of the recording buckets), so the real
 * SDK client (endpointOverride = {@link #uri()}) and the AWS CLI ({@code --endpoint-url}) work against
 * it. Only 127.0.0.1 is bound; nothing leaves the machine.
 */
public final class DemoEndpoint implements AutoCloseable {
    /** Static demo keys, so the demo never needs (or sees) the user's credentials. */
    public static final String ACCESS_KEY_ID = "AKIAIVSDEMO000000000";
    public static final String SECRET_ACCESS_KEY = "ivs-inspector-demo-secret-key-000000000";

    static {
        // Without TCP_NODELAY each small response can stall ~40 ms (Nagle + delayed ACK). The JDK server
        // reads this property once, when its first server is created, so set it before that.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;
    private final IvsHttpHandler handler;
    private final SampleAccount account;

    private DemoEndpoint(HttpServer server, ExecutorService executor, IvsHttpHandler handler, SampleAccount account) {
        this.server = server;
        this.executor = executor;
        this.handler = handler;
        this.account = account;
    }

    /** Starts the standard demo account on a free port. */
    public static DemoEndpoint start() {
        return start(SampleAccount.standard());
    }

    /** Starts {@code account} on a free port. */
    public static DemoEndpoint start(SampleAccount account) {
        return start(account, 0);
    }

    /** Starts {@code account} on {@code port} (0: any free port). */
    public static DemoEndpoint start(SampleAccount account, int port) {
        SampleRecordings recordings = new SampleRecordings(account, Instant.now());
        S3Dispatch s3 = new S3Dispatch(new S3ObjectOperations(recordings.store(),
                new PresignedUrl(ACCESS_KEY_ID, SECRET_ACCESS_KEY, Clock.systemUTC())));
        IvsHttpHandler handler = new IvsHttpHandler(new IvsOperations(account),
                new StreamSessionOperations(account, recordings), s3);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the IVS demo endpoint on port " + port, e);
        }
        // Cached: the slow fault parks a thread per request, and parallel requests must not queue behind it.
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread t = new Thread(runnable, "ivs-demo-endpoint-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", handler);
        startAsDaemon(server);
        return new DemoEndpoint(server, executor, handler, account);
    }

    /**
     * The server's dispatcher thread inherits daemon status from the thread that starts it; starting it
     * from a daemon thread means a forgotten endpoint never keeps the application from exiting.
     */
    private static void startAsDaemon(HttpServer server) {
        Thread starter = new Thread(server::start, "ivs-demo-endpoint-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop(0);
            throw new IllegalStateException("Interrupted while starting the IVS demo endpoint", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, for endpointOverride / --endpoint-url. */
    public URI uri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public SampleAccount account() {
        return account;
    }

    /** Every HTTP request received so far, answered or not (tests use it to prove none was sent). */
    public int requestCount() {
        return handler.requestCount();
    }

    /** Stops at once: open exchanges are dropped and sleeping (slow-fault) threads are interrupted. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
