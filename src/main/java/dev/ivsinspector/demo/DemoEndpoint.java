package dev.ivsinspector.demo;

import com.sun.net.httpserver.HttpServer;
import dev.ivsinspector.demo.query.QueryHttpHandler;
import dev.ivsinspector.demo.s3.PresignedUrl;
import dev.ivsinspector.demo.s3.S3HttpHandler;
import dev.ivsinspector.demo.s3.S3Operations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The built-in demo account: a loopback HTTP endpoint speaking the wire protocols of IVS (rest-json), S3
 * (rest-xml, path-style, with the recordings of the sample channels), IAM and STS (query) and AWS Config (JSON 1.1,
 * the organization's aggregator), so the real SDK clients (endpointOverride = {@link #uri()})
 * and the AWS CLI ({@code --endpoint-url}) work against it. Requests are routed by the service in their SigV4
 * credential scope. Only 127.0.0.1 is bound; nothing leaves the machine. It can also serve a
 * {@link SampleOrganization}: the IAM Identity Center device flow and access portal, and IVS as each member
 * account.
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
    private final ServiceRouter router;
    private final SampleAccount account;
    private final OrganizationRoutes organization;
    private final Supplier<SampleRecordings> recordings;

    private DemoEndpoint(HttpServer server, ExecutorService executor, ServiceRouter router, SampleAccount account,
                         OrganizationRoutes organization, Supplier<SampleRecordings> recordings) {
        this.recordings = recordings;
        this.server = server;
        this.executor = executor;
        this.router = router;
        this.account = account;
        this.organization = organization;
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
        return start(account, null, port);
    }

    /**
     * Starts {@code account} and, when not null, the demo organization {@code organization} (its device flow,
     * access portal and member accounts, reached with the role keys the portal issues) on {@code port}.
     */
    public static DemoEndpoint start(SampleAccount account, SampleOrganization organization, int port) {
        OrganizationRoutes routes = organization == null ? null : new OrganizationRoutes(organization, Clock.systemUTC());
        Supplier<SampleRecordings> recordings = planInBackground(account, Instant.now());
        IvsHttpHandler ivs = new IvsHttpHandler(new IvsOperations(account),
                new StreamSessionOperations(account, recordings), routes);
        ServiceRouter router = new ServiceRouter(Map.of(
                "ivs", ivs,
                "s3", new S3HttpHandler(key -> new S3Operations(resources(account, routes, key),
                        recordings.get().store()),
                        new PresignedUrl(ACCESS_KEY_ID, SECRET_ACCESS_KEY, Clock.systemUTC())),
                "iam", QueryHttpHandler.iam(key -> resources(account, routes, key)),
                "sts", QueryHttpHandler.sts(key -> resources(account, routes, key)),
                "config", new ConfigHttpHandler(routes, organization == null ? null
                        : new AggregatorOperations(organization, Instant.now()))), ivs);
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
        server.createContext("/", router);
        startAsDaemon(server);
        return new DemoEndpoint(server, executor, router, account, routes, recordings);
    }

    /**
     * The sample channels' recordings, planned on a thread of their own: the app starts its demo endpoint while it
     * builds its window, and only the Recordings tab and stream sessions need them; a request that does waits.
     */
    private static Supplier<SampleRecordings> planInBackground(SampleAccount account, Instant now) {
        CompletableFuture<SampleRecordings> planned = CompletableFuture.supplyAsync(
                () -> new SampleRecordings(account, now),
                work -> Thread.ofPlatform().daemon().name("ivs-demo-recordings").start(work));
        return planned::join;
    }

    /** A member account's resources for the role keys the organization issued, else the demo account's. */
    private static AccountResources resources(SampleAccount account, OrganizationRoutes routes, String accessKeyId) {
        return routes == null ? account.resources() : routes.resourcesFor(accessKeyId).orElse(account.resources());
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

    /**
     * Draws every recording's list thumbnail ahead (see SampleRecordings), so serving them later costs what
     * serving stored bytes costs; returns how many.
     */
    public int drawListedThumbnails() {
        return recordings.get().drawListedThumbnails();
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

    /** The demo organization served here, if any. */
    public Optional<SampleOrganization> organization() {
        return Optional.ofNullable(organization).map(OrganizationRoutes::organization);
    }

    /**
     * The organization's request counts per account-region and for the portal, with every second that went over
     * a limit (none unless an organization is served).
     */
    public Optional<TrafficMeter> organizationTraffic() {
        return Optional.ofNullable(organization).map(OrganizationRoutes::meter);
    }

    /** Every HTTP request received so far, answered or not (tests use it to prove none was sent). */
    public int requestCount() {
        return router.requestCount();
    }

    /** Stops at once: open exchanges are dropped and sleeping (slow-fault) threads are interrupted. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
