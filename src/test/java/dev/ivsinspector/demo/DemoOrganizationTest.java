package dev.ivsinspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivsinspector.aws.connection.Sleeper;
import dev.ivsinspector.aws.connection.SsoCachedToken;
import dev.ivsinspector.aws.connection.SsoSignIn;
import dev.ivsinspector.aws.connection.SsoTarget;
import dev.ivsinspector.aws.connection.SsoTokenCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.AccessDeniedException;
import software.amazon.awssdk.services.ivs.model.IvsException;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;
import software.amazon.awssdk.services.ivs.model.ThrottlingException;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.ListAccountsResponse;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.sso.model.RoleInfo;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;

/**
 * The demo organization over real HTTP with the real SDK clients: the app's device flow signs in by itself,
 * the portal lists accounts and roles page by page and issues role keys, and IVS answers as the keys' account.
 */
class DemoOrganizationTest {

    private static final SampleOrganization ORGANIZATION = SampleOrganization.standard()
            .withLimits(SampleOrganization.Limits.DEMO.withThrottledShare(0));
    private static DemoEndpoint endpoint;
    private static String token;

    @BeforeAll
    static void signIn(@TempDir Path cacheDir) throws Exception {
        endpoint = DemoEndpoint.start(SampleAccount.standard(), ORGANIZATION, 0);
        SsoTarget target = new SsoTarget("demo", SampleOrganization.START_URL, SampleOrganization.SSO_REGION, List.of());
        SsoTokenCache cache = new SsoTokenCache(cacheDir);
        AtomicReference<String> page = new AtomicReference<>();
        new SsoSignIn(cache, Sleeper.SYSTEM, Clock.systemUTC(), endpoint.uri())
                .signIn(target, code -> page.set(code.verificationUri()), () -> false);
        token = cache.read(target).map(SsoCachedToken::accessToken).orElseThrow();
        assertThat(page.get()).isEqualTo(endpoint.uri() + DemoOidc.SIGN_IN_PAGE);
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @Test
    void listsEveryAccountPageByPage() {
        List<AccountInfo> accounts = new ArrayList<>();
        int pages = 0;
        try (SsoClient sso = sso()) {
            String next = null;
            do {
                String from = next;
                ListAccountsResponse page = sso.listAccounts(r -> r.accessToken(token).maxResults(3).nextToken(from));
                accounts.addAll(page.accountList());
                next = page.nextToken();
                pages++;
            } while (next != null);
        }
        assertThat(pages).isEqualTo(2);
        assertThat(accounts).extracting(AccountInfo::accountName)
                .containsExactly("Production", "Staging", "Live events", "Security audit");
        assertThat(accounts.get(0).emailAddress()).isEqualTo("aws-production@example.com");
    }

    @Test
    void listsTheRolesOfAnAccountPageByPage() {
        try (SsoClient sso = sso()) {
            List<String> roles = sso.listAccountRolesPaginator(r -> r.accessToken(token).accountId("111122223333")
                    .maxResults(1)).roleList().stream().map(RoleInfo::roleName).toList();
            assertThat(roles).containsExactly(SampleOrganization.READ_ONLY_ROLE, SampleOrganization.ADMIN_ROLE);
        }
    }

    @Test
    void roleKeysListTheirOwnAccountsConfigurations() {
        try (IvsClient ivs = ivs(credentials("444455556666", SampleOrganization.READ_ONLY_ROLE), "us-west-2")) {
            List<RecordingConfigurationSummary> listed = ivs.listRecordingConfigurations(r -> r.maxResults(100))
                    .recordingConfigurations();
            assertThat(listed).hasSize(12);
            assertThat(listed).allSatisfy(c -> assertThat(c.arn()).contains(":444455556666:recording-configuration/"));
        }
        try (IvsClient ivs = ivs(credentials("444455556666", SampleOrganization.READ_ONLY_ROLE), "ap-south-1")) {
            assertThat(ivs.listRecordingConfigurations(r -> r.maxResults(100)).recordingConfigurations()).isEmpty();
        }
    }

    @Test
    void theAuditAccountsRoleIsDeniedIvs() {
        try (IvsClient ivs = ivs(credentials("999900001111", SampleOrganization.READ_ONLY_ROLE), "us-east-1")) {
            assertThatThrownBy(() -> ivs.listRecordingConfigurations(r -> r.maxResults(100)))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("ivs:ListRecordingConfigurations");
        }
    }

    @Test
    void aWrongTokenIsUnauthorizedAndAnUnassignedRoleHasNoAccess() {
        try (SsoClient sso = sso()) {
            assertThatThrownBy(() -> sso.listAccounts(r -> r.accessToken("not-a-token")))
                    .isInstanceOf(UnauthorizedException.class);
            assertThatThrownBy(() -> sso.getRoleCredentials(r -> r.accessToken(token).accountId("777788889999")
                    .roleName(SampleOrganization.ADMIN_ROLE)))
                    .hasMessageContaining("No access");
        }
    }

    @Test
    void expiredRoleKeysAreRefused() throws Exception {
        SampleOrganization shortLived = ORGANIZATION.withLimits(ORGANIZATION.limits()
                .withCredentialLifetime(Duration.ofMillis(300)));
        try (DemoEndpoint own = DemoEndpoint.start(SampleAccount.empty(), shortLived, 0)) {
            String ownToken = signInTo(own);
            RoleCredentials keys;
            try (SsoClient sso = sso(own)) {
                keys = sso.getRoleCredentials(r -> r.accessToken(ownToken).accountId("111122223333")
                        .roleName(SampleOrganization.READ_ONLY_ROLE)).roleCredentials();
            }
            Thread.sleep(400);
            try (IvsClient ivs = ivs(own, keys, "us-west-2")) {
                assertThatThrownBy(() -> ivs.listRecordingConfigurations(r -> r.maxResults(10)))
                        .isInstanceOfSatisfying(IvsException.class,
                                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredTokenException"));
            }
        }
    }

    @Test
    void moreThanTheRatePerAccountRegionIsThrottledAndCounted() {
        RoleCredentials keys = credentials("777788889999", SampleOrganization.READ_ONLY_ROLE);
        int throttled = 0;
        try (IvsClient ivs = ivs(keys, "ap-northeast-1")) {
            for (int i = 0; i < 12; i++) {
                try {
                    ivs.listRecordingConfigurations(r -> r.maxResults(100));
                } catch (ThrottlingException e) {
                    throttled++;
                }
            }
        }
        assertThat(throttled).isGreaterThan(0);
        assertThat(endpoint.organizationTraffic().orElseThrow().overruns())
                .anySatisfy(o -> assertThat(o.key()).isEqualTo("777788889999/ap-northeast-1"));
    }

    private static RoleCredentials credentials(String account, String role) {
        try (SsoClient sso = sso()) {
            return sso.getRoleCredentials(r -> r.accessToken(token).accountId(account).roleName(role)).roleCredentials();
        }
    }

    private static String signInTo(DemoEndpoint own) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("demo-org-cache");
        SsoTarget target = new SsoTarget("demo", SampleOrganization.START_URL, SampleOrganization.SSO_REGION, List.of());
        SsoTokenCache cache = new SsoTokenCache(dir);
        new SsoSignIn(cache, Sleeper.SYSTEM, Clock.systemUTC(), own.uri()).signIn(target, code -> { }, () -> false);
        return cache.read(target).map(SsoCachedToken::accessToken).orElseThrow();
    }

    private static SsoClient sso() {
        return sso(endpoint);
    }

    private static SsoClient sso(DemoEndpoint on) {
        return SsoClient.builder().endpointOverride(on.uri()).region(Region.of(SampleOrganization.SSO_REGION))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    private static IvsClient ivs(RoleCredentials keys, String region) {
        return ivs(endpoint, keys, region);
    }

    private static IvsClient ivs(DemoEndpoint on, RoleCredentials keys, String region) {
        return IvsClient.builder().endpointOverride(on.uri()).region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                        keys.accessKeyId(), keys.secretAccessKey(), keys.sessionToken())))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
