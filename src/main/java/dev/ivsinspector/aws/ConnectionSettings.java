package dev.ivsinspector.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Which AWS identity and endpoint the app talks to. Everything left empty is resolved by the SDK itself
 * (AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL_IVS, endpoint_url in ~/.aws/config, the default credential chain),
 * so the app behaves like the AWS CLI.
 *
 * @param profile          a profile name chosen by the user, or null for the SDK's default resolution
 * @param region           a region chosen by the user for browsing, or null
 * @param endpointOverride an explicit endpoint (e.g. --endpoint-url), or null
 * @param demo             true for the built-in demo account: its own static keys, never the user's
 * @param callTimeout      upper bound for one call including retries
 * @param roleSession      an account and role chosen from an SSO sign-in's portal, whose in-memory credentials
 *                         replace the profile's; null otherwise
 */
public record ConnectionSettings(String profile, String region, URI endpointOverride, boolean demo,
                                 Duration callTimeout, SessionCredentials roleSession) {

    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);

    public ConnectionSettings {
        if (endpointOverride != null) {
            EndpointRule.require(endpointOverride);
        }
        if (callTimeout == null) {
            callTimeout = DEFAULT_CALL_TIMEOUT;
        }
    }

    public ConnectionSettings(String profile, String region, URI endpointOverride, boolean demo, Duration callTimeout) {
        this(profile, region, endpointOverride, demo, callTimeout, null);
    }

    /** The SDK's own resolution of profile, region, endpoint and credentials. */
    public static ConnectionSettings sdkDefaults() {
        return new ConnectionSettings(null, null, null, false, DEFAULT_CALL_TIMEOUT);
    }

    public static ConnectionSettings demo(URI demoEndpoint) {
        return new ConnectionSettings(null, null, demoEndpoint, true, DEFAULT_CALL_TIMEOUT);
    }

    public ConnectionSettings withProfile(String newProfile) {
        return new ConnectionSettings(newProfile, region, endpointOverride, demo, callTimeout, roleSession);
    }

    public ConnectionSettings withRegion(String newRegion) {
        return new ConnectionSettings(profile, newRegion, endpointOverride, demo, callTimeout, roleSession);
    }

    public ConnectionSettings withEndpoint(URI newEndpoint) {
        return new ConnectionSettings(profile, region, newEndpoint, demo, callTimeout, roleSession);
    }

    public ConnectionSettings withCallTimeout(Duration timeout) {
        return new ConnectionSettings(profile, region, endpointOverride, demo, timeout, roleSession);
    }

    /** The connection as {@code session}'s account and role (the profile then only names where it came from). */
    public ConnectionSettings withRoleSession(SessionCredentials session) {
        return new ConnectionSettings(profile, region, endpointOverride, demo, callTimeout, session);
    }

    public Optional<String> profileName() {
        return Optional.ofNullable(profile);
    }
}
