package dev.ivsinspector.aws.connection;

import static dev.ivsinspector.aws.connection.FakeOidc.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.connection.SsoSignInException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

class SsoSignInTest {

    static final SsoTarget SESSION = new SsoTarget("corp", "https://corp.awsapps.com/start", "eu-central-1", List.of());
    static final SsoTarget LEGACY = new SsoTarget(null, "https://legacy.awsapps.com/start", "us-east-2", List.of());

    @TempDir
    Path home;

    final FakeOidc.FakeTime time = new FakeOidc.FakeTime();
    final List<DeviceCode> codes = new CopyOnWriteArrayList<>();
    final AtomicBoolean cancelled = new AtomicBoolean();
    FakeOidc oidc;

    Path cacheDir() {
        return home.resolve(".aws/sso/cache");
    }

    SsoSignIn signIn(Sleeper sleeper) {
        return new SsoSignIn(new SsoTokenCache(cacheDir()), sleeper, time.clock(), oidc.uri());
    }

    SsoSignInResult run(SsoTarget target) throws SsoSignInException {
        return signIn(time).signIn(target, codes::add, cancelled::get);
    }

    SsoSignInException failure(SsoTarget target) {
        return catchThrowableOfType(SsoSignInException.class, () -> run(target));
    }

    @AfterEach
    void close() {
        if (oidc != null) {
            oidc.close();
        }
        Thread.interrupted(); // Never hand an interrupted thread to the next test.
    }

    @Test
    void successWritesTheCliTokenFormatOwnerOnlyUnderTheSha1OfTheSessionName() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(FakeOidc.token(true));
        Instant start = time.now();

        SsoSignInResult result = run(SESSION);

        // sha1("corp"), computed independently with `printf corp | sha1sum`: the name the SDK and the CLI look for.
        assertThat(result.cacheFile()).isEqualTo(cacheDir().resolve("ee0bfd2552fbd840c02cc48b6e823320543c450f.json"));
        assertThat(result.expiresAt()).isEqualTo(start.plusSeconds(1).plusSeconds(28800));
        assertThat(Files.getPosixFilePermissions(result.cacheFile())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(cacheDir())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.list(cacheDir())).containsExactly(result.cacheFile()); // No temp file left behind.

        JsonNode json = JsonNode.parser().parse(Files.readString(result.cacheFile()));
        assertThat(json.asObject().keySet()).containsExactly("startUrl", "region", "accessToken", "expiresAt",
                "clientId", "clientSecret", "registrationExpiresAt", "refreshToken");
        assertThat(json.field("startUrl").get().asString()).isEqualTo("https://corp.awsapps.com/start");
        assertThat(json.field("region").get().asString()).isEqualTo("eu-central-1");
        assertThat(json.field("accessToken").get().asString()).isEqualTo(SECRET);
        assertThat(json.field("expiresAt").get().asString()).isEqualTo("2026-11-26T12:00:01Z");
        assertThat(json.field("clientId").get().asString()).isEqualTo(FakeOidc.CLIENT_ID);
        assertThat(json.field("clientSecret").get().asString()).isEqualTo(SECRET);
        assertThat(json.field("registrationExpiresAt").get().asString()).isEqualTo("2027-02-24T12:00:00Z");
        assertThat(json.field("refreshToken").get().asString()).isEqualTo(SECRET + "-refresh");

        assertThat(codes).containsExactly(new DeviceCode("https://device.sso.example.com/",
                "https://device.sso.example.com/?user_code=ABCD-EFGH", "ABCD-EFGH", start.plusSeconds(600)));
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void speaksTheOidcWireProtocol() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(FakeOidc.token(true));
        run(new SsoTarget("corp", "https://corp.awsapps.com/start", "eu-central-1", List.of("sso:account:access", "x:y")));

        List<LoopbackServer.Request> requests = oidc.requests();
        assertThat(requests).extracting(LoopbackServer.Request::path)
                .containsExactly("/client/register", "/device_authorization", "/token");
        assertThat(requests).extracting(LoopbackServer.Request::method).containsOnly("POST");
        JsonNode register = JsonNode.parser().parse(requests.get(0).body());
        assertThat(register.field("clientName").get().asString()).isEqualTo("ivs-inspector");
        assertThat(register.field("clientType").get().asString()).isEqualTo("public");
        assertThat(register.field("scopes").get().asArray()).extracting(JsonNode::asString)
                .containsExactly("sso:account:access", "x:y");
        JsonNode start = JsonNode.parser().parse(requests.get(1).body());
        assertThat(start.field("startUrl").get().asString()).isEqualTo("https://corp.awsapps.com/start");
        assertThat(start.field("clientId").get().asString()).isEqualTo(FakeOidc.CLIENT_ID);
        JsonNode token = JsonNode.parser().parse(requests.get(2).body());
        assertThat(token.field("grantType").get().asString()).isEqualTo("urn:ietf:params:oauth:grant-type:device_code");
        assertThat(token.field("deviceCode").get().asString()).isEqualTo(FakeOidc.DEVICE_CODE);
        assertThat(token.field("clientSecret").get().asString()).isEqualTo(SECRET);
    }

    @Test
    void sessionProfilesRegisterWithTheDefaultScope() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(FakeOidc.token(true));
        run(SESSION);
        JsonNode register = JsonNode.parser().parse(oidc.requests().get(0).body());
        assertThat(register.field("scopes").get().asArray()).extracting(JsonNode::asString)
                .containsExactly("sso:account:access");
    }

    @Test
    void keepsPollingWhileApprovalIsPending() throws Exception {
        oidc = new FakeOidc(2, 600).thenToken(FakeOidc.pending(), FakeOidc.pending(), FakeOidc.token(false));
        SsoSignInResult result = run(SESSION);
        assertThat(oidc.tokenPolls()).isEqualTo(3);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(Files.readString(result.cacheFile())).doesNotContain("refreshToken");
    }

    @Test
    void slowDownAddsFiveSecondsToEveryLaterPoll() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(FakeOidc.pending(), FakeOidc.error("SlowDownException", "slow_down"),
                FakeOidc.pending(), FakeOidc.token(true));
        run(SESSION);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(6),
                Duration.ofSeconds(6));
    }

    @Test
    void anExpiredCodeEndsTheSignInWithoutWriting() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(FakeOidc.pending(), FakeOidc.error("ExpiredTokenException", "expired_token"));
        SsoSignInException e = failure(SESSION);
        assertThat(e.reason()).isEqualTo(Reason.CODE_EXPIRED);
        assertThat(e).hasMessageContaining("expired");
        assertThat(cacheDir()).doesNotExist();
    }

    @Test
    void theCodesLifetimeEndsPollingEvenIfTheServiceKeepsSayingPending() throws Exception {
        oidc = new FakeOidc(5, 12).thenToken(FakeOidc.pending());
        SsoSignInException e = failure(SESSION);
        assertThat(e.reason()).isEqualTo(Reason.CODE_EXPIRED);
        assertThat(oidc.tokenPolls()).isEqualTo(2); // at +5 s and +10 s; at +15 s the code is dead
    }

    @Test
    void aDenialEndsTheSignInWithoutWriting() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(FakeOidc.pending(), FakeOidc.error("AccessDeniedException", "access_denied"));
        SsoSignInException e = failure(SESSION);
        assertThat(e.reason()).isEqualTo(Reason.DENIED);
        assertThat(cacheDir()).doesNotExist();
    }

    @Test
    void cancellingStopsPollingAndWritesNothing() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(FakeOidc.pending(), FakeOidc.token(true));
        Sleeper cancelOnSecondWait = d -> {
            time.sleep(d);
            if (time.sleeps.size() == 2) {
                cancelled.set(true);
            }
        };
        SsoSignInException e = catchThrowableOfType(SsoSignInException.class,
                () -> signIn(cancelOnSecondWait).signIn(SESSION, codes::add, cancelled::get));
        assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
        assertThat(oidc.tokenPolls()).isEqualTo(1);
        assertThat(cacheDir()).doesNotExist();
    }

    @Test
    void anInterruptIsACancelAndTheInterruptStatusIsKept() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(FakeOidc.token(true));
        Sleeper interrupted = d -> {
            throw new InterruptedException("task cancelled");
        };
        SsoSignInException e = catchThrowableOfType(SsoSignInException.class,
                () -> signIn(interrupted).signIn(SESSION, codes::add, () -> false));
        assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(oidc.tokenPolls()).isZero();
        assertThat(cacheDir()).doesNotExist();
    }

    @Test
    void aCancelBeforeTheCodeArrivesNeverCallsTheService() throws Exception {
        oidc = new FakeOidc(1, 600);
        cancelled.set(true);
        assertThat(failure(SESSION).reason()).isEqualTo(Reason.CANCELLED);
        assertThat(oidc.requests()).isEmpty();
        assertThat(codes).isEmpty();
    }

    @Test
    void serviceFailuresAreClassified() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(LoopbackServer.Reply.error(400, "InvalidClientException",
                "{\"error\":\"invalid_client\",\"error_description\":\"client gone\"}"));
        SsoSignInException e = failure(SESSION);
        assertThat(e.reason()).isEqualTo(Reason.FAILED);
        assertThat(e.getCause()).isInstanceOf(IvsCallException.class);
        IvsCallException cause = (IvsCallException) e.getCause();
        assertThat(cause.operation()).isEqualTo("CreateToken");
        assertThat(cause.errorCode()).isEqualTo("InvalidClientException");
        assertThat(cause.kind()).isEqualTo(ErrorKind.SERVICE_OTHER);
        assertThat(cacheDir()).doesNotExist();
    }

    @Test
    void legacyProfilesAreCachedUnderTheStartUrlWithoutTheClientSecret() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(FakeOidc.token(true));
        SsoSignInResult result = run(LEGACY);

        assertThat(result.cacheFile().getFileName().toString())
                .isEqualTo("79e435d7a515078e81c9dffc35f38d5687ebd3a7.json"); // printf URL | sha1sum
        JsonNode json = JsonNode.parser().parse(Files.readString(result.cacheFile()));
        assertThat(json.asObject().keySet()).containsExactly("startUrl", "region", "accessToken", "expiresAt");
        JsonNode register = JsonNode.parser().parse(oidc.requests().get(0).body());
        assertThat(register.field("scopes")).isEmpty();
    }

    @Test
    void aSecondSignInReplacesTheToken() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(FakeOidc.token(true));
        Path first = run(SESSION).cacheFile();
        Files.writeString(first, "{\"accessToken\":\"old\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}");
        Path second = run(SESSION).cacheFile();
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(second)).contains(SECRET).doesNotContain("old");
        assertThat(Files.list(cacheDir())).hasSize(1);
    }
}
