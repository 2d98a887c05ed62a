package dev.ivsinspector.aws.connection;

import dev.ivsinspector.i18n.Texts;
import java.util.List;

/**
 * What a sign-in needs to know about an SSO profile. The cache key follows the SDK and the AWS CLI: an
 * sso-session profile's token is stored under the session NAME, a legacy profile's under its start URL.
 *
 * @param sessionName the sso-session name, or null for a legacy (sso_start_url in the profile) profile
 * @param startUrl    the AWS access portal URL
 * @param region      the IAM Identity Center region (sso_region): where the OIDC endpoint lives
 * @param scopes      sso_registration_scopes of the session; empty for the default
 */
public record SsoTarget(String sessionName, String startUrl, String region, List<String> scopes) {

    public static final String DEFAULT_SCOPE = "sso:account:access";

    public SsoTarget {
        if (startUrl == null || startUrl.isBlank()) {
            throw new IllegalArgumentException(Texts.text("sso.noStartUrl"));
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException(Texts.text("sso.noRegion"));
        }
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** The sign-in target of a profile the catalog classified as SSO. */
    public static SsoTarget of(AwsProfile profile) {
        if (!profile.kind().isSso()) {
            throw new IllegalArgumentException(Texts.format("sso.notSso", profile.name()));
        }
        return new SsoTarget(profile.ssoSessionName(), profile.ssoStartUrl(), profile.ssoRegion(),
                profile.ssoRegistrationScopes());
    }

    public boolean legacy() {
        return sessionName == null;
    }

    /** The string whose SHA-1 names the cache file. */
    public String cacheKey() {
        return legacy() ? startUrl : sessionName;
    }

    /**
     * Scopes for RegisterClient. Legacy profiles register without scopes (as the CLI does: their tokens cannot
     * be refreshed anyway); sso-session profiles default to sso:account:access, which GetRoleCredentials needs.
     */
    public List<String> registrationScopes() {
        if (legacy()) {
            return List.of();
        }
        return scopes.isEmpty() ? List.of(DEFAULT_SCOPE) : scopes;
    }
}
