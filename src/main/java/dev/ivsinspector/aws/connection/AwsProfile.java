package dev.ivsinspector.aws.connection;

import java.util.List;

/**
 * One profile of the shared config/credentials files, as the connection bar needs it. Deliberately carries
 * no secret (no keys, no tokens), so it can be shown, logged and put in a toString without care.
 *
 * @param name                  profile name as used with --profile / AWS_PROFILE
 * @param region                the profile's region, or null
 * @param kind                  how the SDK would obtain credentials for it
 * @param ssoSessionName        the sso_session it refers to, or null
 * @param ssoStartUrl           the SSO portal start URL (from the sso-session section or legacy profile), or null
 * @param ssoRegion             the region of IAM Identity Center, or null
 * @param endpointUrl           the IVS endpoint configured for it ([services] ivs.endpoint_url, else endpoint_url), or null
 * @param ssoRegistrationScopes scopes to register the OIDC client with (sso_registration_scopes); empty if none
 */
public record AwsProfile(String name, String region, ProfileKind kind, String ssoSessionName, String ssoStartUrl,
                         String ssoRegion, String endpointUrl, List<String> ssoRegistrationScopes) {

    public AwsProfile {
        ssoRegistrationScopes = ssoRegistrationScopes == null ? List.of() : List.copyOf(ssoRegistrationScopes);
    }

    /** Convenience for profiles without SSO registration scopes. */
    public AwsProfile(String name, String region, ProfileKind kind, String ssoSessionName, String ssoStartUrl,
                      String ssoRegion, String endpointUrl) {
        this(name, region, kind, ssoSessionName, ssoStartUrl, ssoRegion, endpointUrl, List.of());
    }
}
