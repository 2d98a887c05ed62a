package dev.ivsinspector.aws.connection;

/**
 * How a profile gets its credentials, in the SDK's own order of precedence (a profile with both
 * {@code role_arn} and {@code web_identity_token_file} is a web identity profile, SSO settings win over
 * {@code role_arn}, and so on), so the label the UI shows matches what the SDK will actually do.
 */
public enum ProfileKind {
    /** aws_access_key_id / aws_secret_access_key (optionally aws_session_token). */
    STATIC_KEYS,
    /** sso_session pointing at an [sso-session NAME] section: token cached under sha1(NAME). */
    SSO_SESSION,
    /** sso_start_url directly in the profile: token cached under sha1(start URL), no refresh. */
    LEGACY_SSO,
    /** role_arn with source_profile or credential_source. */
    ROLE,
    /** credential_process. */
    PROCESS,
    /** role_arn with web_identity_token_file. */
    WEB_IDENTITY,
    /** Anything else, e.g. a profile that only sets a region. */
    OTHER;

    /** True when the user must sign in through the browser before calls can succeed. */
    public boolean isSso() {
        return this == SSO_SESSION || this == LEGACY_SSO;
    }
}
