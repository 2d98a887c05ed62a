package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.connection.AwsProfile;
import dev.ivsinspector.aws.connection.SsoCachedToken;
import dev.ivsinspector.aws.connection.SsoTarget;
import dev.ivsinspector.aws.connection.SsoTokenCache;
import dev.ivsinspector.i18n.Texts;
import java.time.Clock;
import java.util.function.Function;

/**
 * The portal of an SSO profile, with the bearer token its sign-in left in the token cache (the CLI's and the
 * SDK's, or the demo organization's own).
 */
public final class SsoOrganizationAccess implements OrganizationAccess {

    private final Function<AwsProfile, SsoTokenCache> cacheFor;
    private final PortalPacer pacer;
    private final Clock clock;

    public SsoOrganizationAccess(Function<AwsProfile, SsoTokenCache> cacheFor, PortalPacer pacer, Clock clock) {
        this.cacheFor = cacheFor;
        this.pacer = pacer;
        this.clock = clock;
    }

    @Override
    public AccountDirectory directory(AwsProfile profile, ConnectionSettings connection) {
        SsoTarget target = SsoTarget.of(profile);
        SsoTokenCache cache = cacheFor.apply(profile);
        PortalSettings settings = new PortalSettings(profile.ssoRegion(), connection.withRoleSession(null),
                () -> cache.read(target).filter(t -> t.isValidAt(clock.instant())).map(SsoCachedToken::accessToken)
                        .orElseThrow(() -> IvsCallException.of(ErrorKind.SSO_TOKEN_EXPIRED, "ListAccounts",
                                Texts.format("org.noToken", profile.name()))));
        return new SsoPortal(settings, pacer);
    }
}
