package dev.ivsinspector.aws.connection;

import static dev.ivsinspector.aws.connection.FakeOidc.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.token.credentials.SdkToken;
import software.amazon.awssdk.services.sso.internal.SsoAccessTokenProvider;
import software.amazon.awssdk.services.ssooidc.internal.OnDiskTokenManager;
import software.amazon.awssdk.services.ssooidc.internal.SsoOidcToken;

/** Proves that what SsoSignIn writes is what the SDK itself reads, not just what we think it reads. */
class SdkInteropTest {

    static final SsoTarget SESSION = new SsoTarget("corp", "https://corp.awsapps.com/start", "us-east-1", List.of());
    static final SsoTarget LEGACY = new SsoTarget(null, "https://legacy.awsapps.com/start", "us-east-1", List.of());

    @TempDir
    Path home;

    private Path cacheDir() {
        return home.resolve(".aws").resolve("sso").resolve("cache");
    }

    /** Signs in for real against the fake OIDC endpoint, with the real clock: the SDK checks expiry itself. */
    private SsoSignInResult signIn(SsoTarget target) throws Exception {
        try (FakeOidc oidc = new FakeOidc(1, 600).thenToken(FakeOidc.token(true))) {
            return new SsoSignIn(new SsoTokenCache(cacheDir()), d -> { }, Clock.systemUTC(), oidc.uri())
                    .signIn(target, code -> { }, () -> false);
        }
    }

    @Test
    void theSdksTokenManagerReadsTheSessionToken() throws Exception {
        SsoSignInResult result = signIn(SESSION);

        try (OnDiskTokenManager manager = OnDiskTokenManager.create(cacheDir(), "corp")) {
            SsoOidcToken token = manager.loadToken().orElseThrow();
            assertThat(token.token()).isEqualTo(SECRET);
            assertThat(token.expirationTime()).hasValue(result.expiresAt());
            assertThat(token.refreshToken()).isEqualTo(SECRET + "-refresh");
            assertThat(token.clientId()).isEqualTo(FakeOidc.CLIENT_ID);
            assertThat(token.clientSecret()).isEqualTo(SECRET);
            assertThat(token.registrationExpiresAt()).isEqualTo(FakeOidc.REGISTRATION_EXPIRES);
            assertThat(token.region()).isEqualTo("us-east-1");
            assertThat(token.startUrl()).isEqualTo("https://corp.awsapps.com/start");
        }
    }

    @Test
    void theSdksLegacyTokenReaderReadsTheLegacyToken() throws Exception {
        SsoSignInResult result = signIn(LEGACY);
        SdkToken token = new SsoAccessTokenProvider(result.cacheFile()).resolveToken();
        assertThat(token.token()).isEqualTo(SECRET);
        assertThat(token.expirationTime()).hasValue(result.expiresAt());
    }

    @Test
    void theDefaultCacheIsWhereTheSdkLooks() {
        // The SDK's SsoProfileCredentialsProviderFactory and OnDiskTokenManager both use HOME/.aws/sso/cache.
        assertThat(SsoTokenCache.defaultDirectory()).isEqualTo(Paths.get(
                software.amazon.awssdk.utils.UserHomeDirectoryUtils.userHomeDirectory(), ".aws", "sso", "cache"));
    }

    /**
     * End to end: after sign-in, the SDK's own ProfileCredentialsProvider (child JVM with HOME = temp dir)
     * turns the cached token into role credentials through the SSO portal, here a loopback endpoint reached
     * through the SDK's service-specific endpoint property aws.endpointUrlSso.
     */
    @Test
    void theSdkResolvesCredentialsForBothProfileKindsAfterSignIn() throws Exception {
        signIn(SESSION);
        signIn(LEGACY);
        Files.writeString(home.resolve(".aws").resolve("config"), """
                [profile session]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                region = us-west-2
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                [profile legacy]
                sso_start_url = https://legacy.awsapps.com/start
                sso_region = us-east-1
                sso_account_id = 111122223333
                sso_role_name = Admin
                [profile stale]
                sso_start_url = https://stale.awsapps.com/start
                sso_region = us-east-1
                sso_account_id = 111122223333
                sso_role_name = Admin
                [profile never]
                sso_session = never
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                [sso-session never]
                sso_start_url = https://never.awsapps.com/start
                sso_region = us-east-1
                """);
        SsoTarget stale = new SsoTarget(null, "https://stale.awsapps.com/start", "us-east-1", List.of());
        new SsoTokenCache(cacheDir()).write(stale, new SsoCachedToken(stale.startUrl(), "us-east-1", SECRET,
                Instant.now().minusSeconds(60), null, null, null, null));
        long expiration = Instant.now().plusSeconds(3600).toEpochMilli();
        try (LoopbackServer portal = new LoopbackServer(r -> {
            if (!SECRET.equals(r.header("x-amz-sso_bearer_token"))) {
                return LoopbackServer.Reply.error(401, "UnauthorizedException", "{\"message\":\"bad token\"}");
            }
            String role = r.query().contains("role_name=Admin") ? "ADMIN" : "READONLY";
            return LoopbackServer.Reply.json(200, "{\"roleCredentials\":{\"accessKeyId\":\"ASIA" + role
                    + "\",\"secretAccessKey\":\"" + SECRET + "\",\"sessionToken\":\"session\",\"expiration\":"
                    + expiration + "}}");
        })) {
            List<String> output = runProbe(Map.of("HOME", home.toString(),
                    "AWS_CONFIG_FILE", home.resolve(".aws/config").toString(),
                    "AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString()),
                    List.of("-Daws.endpointUrlSso=" + portal.uri()), "session", "legacy", "stale", "never");

            System.out.println("SDK probe: " + output);
            assertThat(output).contains("session OK ASIAREADONLY", "legacy OK ASIAADMIN");
            assertThat(output).anySatisfy(line -> assertThat(line).startsWith("never FAIL ")
                    .contains("Unable to load SSO token"));
            // What the gateway will see (SdkErrorClassifier maps both to SSO_TOKEN_EXPIRED by their text).
            assertThat(output).anySatisfy(line -> assertThat(line)
                    .startsWith("stale FAIL software.amazon.awssdk.services.sso.auth.ExpiredTokenException").contains("expired"));
            assertThat(String.join("\n", output)).doesNotContain(SECRET);
            LoopbackServer.Request request = portal.requests().get(0);
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/federation/credentials");
            assertThat(request.query()).contains("role_name=ReadOnly", "account_id=111122223333");
            assertThat(portal.requests()).hasSize(2);
        }
    }

    private static List<String> runProbe(Map<String, String> env, List<String> jvmArgs, String... profiles)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-Daws.disableEc2Metadata=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SdkCredentialsProbe.class.getName());
        command.addAll(List.of(profiles));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().remove("AWS_PROFILE");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().toList();
    }
}
