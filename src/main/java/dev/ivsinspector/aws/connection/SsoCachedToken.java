package dev.ivsinspector.aws.connection;

import java.time.Instant;

/**
 * One token file of ~/.aws/sso/cache in the AWS CLI's format (the fields the SDK's OnDiskTokenManager reads
 * and writes). Holds secrets, so toString leaves them out: records print every component by default.
 */
public record SsoCachedToken(String startUrl, String region, String accessToken, Instant expiresAt,
                             String clientId, String clientSecret, Instant registrationExpiresAt,
                             String refreshToken) {

    public boolean isValidAt(Instant now) {
        return accessToken != null && expiresAt != null && expiresAt.isAfter(now);
    }

    /** The SDK refreshes an expired sso-session token by itself when it has these three. */
    public boolean isRefreshableAt(Instant now) {
        return refreshToken != null && clientId != null && clientSecret != null
                && registrationExpiresAt != null && registrationExpiresAt.isAfter(now);
    }

    @Override
    public String toString() {
        return "SsoCachedToken[startUrl=" + startUrl + ", region=" + region + ", expiresAt=" + expiresAt
                + ", clientId=" + clientId + ", registrationExpiresAt=" + registrationExpiresAt
                + ", accessToken=" + redacted(accessToken) + ", clientSecret=" + redacted(clientSecret)
                + ", refreshToken=" + redacted(refreshToken) + "]";
    }

    private static String redacted(String secret) {
        return secret == null ? "none" : "***";
    }
}
