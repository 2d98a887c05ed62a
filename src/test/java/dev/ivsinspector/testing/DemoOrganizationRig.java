package dev.ivsinspector.testing;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.connection.Sleeper;
import dev.ivsinspector.aws.connection.SsoCachedToken;
import dev.ivsinspector.aws.connection.SsoSignIn;
import dev.ivsinspector.aws.connection.SsoTarget;
import dev.ivsinspector.aws.connection.SsoTokenCache;
import dev.ivsinspector.aws.org.PortalSettings;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.SampleOrganization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A demo organization on loopback, signed in through the app's own device flow (which the demo approves by
 * itself), with the portal settings the app would use for it.
 */
public final class DemoOrganizationRig implements AutoCloseable {

    /** Null when the endpoint runs in another process. */
    private final DemoEndpoint endpoint;
    private final URI uri;
    private final SsoTokenCache cache;
    private final SsoTarget target = new SsoTarget("demo-organization", SampleOrganization.START_URL,
            SampleOrganization.SSO_REGION, List.of());

    public DemoOrganizationRig(SampleOrganization organization) {
        this(DemoEndpoint.start(SampleAccount.empty(), organization, 0), null);
    }

    /** A demo organization's endpoint running in another process (a benchmark's, so as not to count it). */
    public static DemoOrganizationRig at(URI endpointUri) {
        return new DemoOrganizationRig(null, endpointUri);
    }

    private DemoOrganizationRig(DemoEndpoint endpoint, URI endpointUri) {
        this.endpoint = endpoint;
        this.uri = endpoint == null ? endpointUri : endpoint.uri();
        try {
            cache = new SsoTokenCache(Files.createTempDirectory("demo-organization-token"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the device flow (about a second: the demo asks for one poll interval). */
    public DemoOrganizationRig signIn() {
        try {
            new SsoSignIn(cache, Sleeper.SYSTEM, Clock.systemUTC(), uri).signIn(target, code -> { }, () -> false);
        } catch (Exception e) {
            throw new IllegalStateException("Demo sign-in failed", e);
        }
        return this;
    }

    /** The endpoint, when it runs in this process. */
    public DemoEndpoint endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException("The demo endpoint runs in another process");
        }
        return endpoint;
    }

    public ConnectionSettings connection() {
        return ConnectionSettings.sdkDefaults().withEndpoint(uri).withCallTimeout(Duration.ofSeconds(5));
    }

    public PortalSettings portal() {
        return new PortalSettings(SampleOrganization.SSO_REGION, connection(),
                () -> cache.read(target).map(SsoCachedToken::accessToken).orElseThrow());
    }

    public Path tokenDirectory() {
        return cache.directory();
    }

    @Override
    public void close() {
        if (endpoint != null) {
            endpoint.close();
        }
    }
}
