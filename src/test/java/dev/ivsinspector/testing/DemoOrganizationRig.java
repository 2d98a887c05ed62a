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

    private final DemoEndpoint endpoint;
    private final SsoTokenCache cache;
    private final SsoTarget target = new SsoTarget("demo-organization", SampleOrganization.START_URL,
            SampleOrganization.SSO_REGION, List.of());

    public DemoOrganizationRig(SampleOrganization organization) {
        endpoint = DemoEndpoint.start(SampleAccount.empty(), organization, 0);
        try {
            cache = new SsoTokenCache(Files.createTempDirectory("demo-organization-token"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the device flow (about a second: the demo asks for one poll interval). */
    public DemoOrganizationRig signIn() {
        try {
            new SsoSignIn(cache, Sleeper.SYSTEM, Clock.systemUTC(), endpoint.uri()).signIn(target, code -> { }, () -> false);
        } catch (Exception e) {
            throw new IllegalStateException("Demo sign-in failed", e);
        }
        return this;
    }

    public DemoEndpoint endpoint() {
        return endpoint;
    }

    public ConnectionSettings connection() {
        return ConnectionSettings.sdkDefaults().withEndpoint(endpoint.uri()).withCallTimeout(Duration.ofSeconds(5));
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
        endpoint.close();
    }
}
