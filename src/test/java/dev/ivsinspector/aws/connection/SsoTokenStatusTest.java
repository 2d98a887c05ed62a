package dev.ivsinspector.aws.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.connection.SsoTokenStatus.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsoTokenStatusTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final AwsProfile SESSION = new AwsProfile("dev", "us-west-2", ProfileKind.SSO_SESSION, "corp",
            "https://corp.awsapps.com/start", "us-east-1", null, List.of());
    static final AwsProfile LEGACY = new AwsProfile("old", null, ProfileKind.LEGACY_SSO, null,
            "https://legacy.awsapps.com/start", "us-east-1", null);

    @TempDir
    Path dir;

    SsoTokenCache cache() {
        return new SsoTokenCache(dir);
    }

    SsoTokenStatus status() {
        return new SsoTokenStatus(cache(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    void write(AwsProfile profile, Instant expiresAt, String refreshToken, Instant registrationExpiresAt) throws Exception {
        cache().write(SsoTarget.of(profile), new SsoCachedToken(profile.ssoStartUrl(), "us-east-1", "token", expiresAt,
                "client", "secret", registrationExpiresAt, refreshToken));
    }

    @Test
    void nonSsoProfilesNeedNoSignIn() {
        SsoTokenStatus.Status s = status().of(new AwsProfile("keys", null, ProfileKind.STATIC_KEYS, null, null, null, null));
        assertThat(s.state()).isEqualTo(State.NOT_SSO);
        assertThat(s.needsSignIn()).isFalse();
    }

    @Test
    void withoutATokenTheProfileIsSignedOut() {
        SsoTokenStatus.Status s = status().of(SESSION);
        assertThat(s.state()).isEqualTo(State.SIGNED_OUT);
        assertThat(s.needsSignIn()).isTrue();
    }

    @Test
    void anUnexpiredTokenIsValid() throws Exception {
        write(SESSION, NOW.plusSeconds(3600), null, null);
        SsoTokenStatus.Status s = status().of(SESSION);
        assertThat(s.state()).isEqualTo(State.VALID);
        assertThat(s.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(s.needsSignIn()).isFalse();
    }

    @Test
    void aTokenAboutToExpireCountsAsExpired() throws Exception {
        write(LEGACY, NOW.plusSeconds(30), null, null);
        SsoTokenStatus.Status s = status().of(LEGACY);
        assertThat(s.state()).isEqualTo(State.EXPIRED);
        assertThat(s.needsSignIn()).isTrue();
    }

    @Test
    void anExpiredSessionTokenWithRefreshTokenIsRefreshable() throws Exception {
        write(SESSION, NOW.minusSeconds(60), "refresh", NOW.plusSeconds(86400));
        SsoTokenStatus.Status s = status().of(SESSION);
        assertThat(s.state()).isEqualTo(State.EXPIRED);
        assertThat(s.refreshable()).isTrue();
        assertThat(s.needsSignIn()).isFalse();
    }

    @Test
    void anExpiredRegistrationMeansSignInAgain() throws Exception {
        write(SESSION, NOW.minusSeconds(60), "refresh", NOW.minusSeconds(1));
        assertThat(status().of(SESSION).needsSignIn()).isTrue();
    }

    @Test
    void legacyTokensAreNeverRefreshable() throws Exception {
        write(LEGACY, NOW.minusSeconds(60), "refresh", NOW.plusSeconds(86400));
        assertThat(status().of(LEGACY).refreshable()).isFalse();
    }

    @Test
    void aCorruptCacheFileCountsAsSignedOut() throws Exception {
        Path file = cache().fileFor(SsoTarget.of(SESSION));
        Files.writeString(file, "{ not json");
        assertThat(status().of(SESSION).state()).isEqualTo(State.SIGNED_OUT);
    }

    @Test
    void anSsoProfileWithoutStartUrlIsMisconfigured() {
        AwsProfile broken = new AwsProfile("x", null, ProfileKind.SSO_SESSION, "gone", null, null, null);
        SsoTokenStatus.Status s = status().of(broken);
        assertThat(s.state()).isEqualTo(State.MISCONFIGURED);
        assertThat(s.problem()).contains("sso_start_url");
    }

    @Test
    void readsTheCliWrittenTokenFormat() throws Exception {
        // As `aws sso login` writes it (with fractional seconds in some CLI versions).
        Files.writeString(cache().fileFor(SsoTarget.of(SESSION)), """
                {"startUrl": "https://corp.awsapps.com/start", "region": "us-east-1", "accessToken": "t",
                 "expiresAt": "2026-11-26T18:00:00.123Z", "clientId": "c", "clientSecret": "s",
                 "registrationExpiresAt": "2027-02-24T10:00:00Z", "refreshToken": "r"}
                """);
        SsoTokenStatus.Status s = status().of(SESSION);
        assertThat(s.state()).isEqualTo(State.VALID);
        assertThat(s.expiresAt()).isEqualTo(Instant.parse("2026-11-26T18:00:00.123Z"));
    }

    @Test
    void readsOlderTimestampSpellings() throws Exception {
        Path file = cache().fileFor(SsoTarget.of(LEGACY));
        Files.writeString(file, "{\"accessToken\": \"t\", \"expiresAt\": \"2026-11-26T18:00:00UTC\"}");
        assertThat(status().of(LEGACY).expiresAt()).isEqualTo(Instant.parse("2026-11-26T18:00:00Z"));
        Files.writeString(file, "{\"accessToken\": \"t\", \"expiresAt\": \"2026-11-26T19:00:00+01:00\"}");
        assertThat(status().of(LEGACY).expiresAt()).isEqualTo(Instant.parse("2026-11-26T18:00:00Z"));
    }
}
