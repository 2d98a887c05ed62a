package dev.ivsinspector.app;

import dev.ivsinspector.aws.connection.AwsProfile;
import dev.ivsinspector.aws.connection.ProfileKind;
import dev.ivsinspector.aws.connection.Sleeper;
import dev.ivsinspector.aws.connection.SsoSignIn;
import dev.ivsinspector.aws.connection.SsoTarget;
import dev.ivsinspector.aws.connection.SsoTokenCache;
import dev.ivsinspector.aws.org.OrganizationAccess;
import dev.ivsinspector.aws.org.Backoff;
import dev.ivsinspector.aws.org.PacedPortal;
import dev.ivsinspector.aws.org.SsoOrganizationAccess;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.connection.SignInViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The demo organization as the app sees it: an SSO profile that exists in no config file, whose sign-in goes to
 * the demo endpoint and whose token is kept in a temporary folder of its own, never in the user's SSO cache.
 * Every other profile signs in and reads its token as the AWS CLI does.
 */
final class DemoOrganizationSetup {

    static final String PROFILE_NAME = "Demo organization";

    private final Supplier<URI> demoEndpoint;
    private final AwsProfile profile = new AwsProfile(PROFILE_NAME, "us-west-2", ProfileKind.SSO_SESSION,
            "ivs-inspector-demo-organization", SampleOrganization.START_URL, SampleOrganization.SSO_REGION, null);
    private SsoTokenCache demoCache;

    DemoOrganizationSetup(Supplier<URI> demoEndpoint) {
        this.demoEndpoint = demoEndpoint;
    }

    AwsProfile profile() {
        return profile;
    }

    SignInViewModel.SignInService signIn() {
        return (chosen, listener, cancelled) -> chosen == profile
                ? new SsoSignIn(demoCache(), Sleeper.SYSTEM, Clock.systemUTC(), demoEndpoint.get())
                        .signIn(SsoTarget.of(chosen), listener, cancelled)
                : SsoSignIn.forUser().signIn(SsoTarget.of(chosen), listener, cancelled);
    }

    OrganizationAccess organizationAccess() {
        SsoTokenCache userCache = SsoTokenCache.forUser();
        return new SsoOrganizationAccess(chosen -> chosen == profile ? demoCache() : userCache,
                new PacedPortal(PacedPortal.ASSUMED_PORTAL_RATE, Backoff.STANDARD),
                Clock.systemUTC());
    }

    private synchronized SsoTokenCache demoCache() {
        if (demoCache == null) {
            try {
                var dir = Files.createTempDirectory("ivs-inspector-demo-organization");
                dir.toFile().deleteOnExit();
                demoCache = new SsoTokenCache(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(Messages.format("demo.organization.noTempFolder"), e);
            }
        }
        return demoCache;
    }
}
