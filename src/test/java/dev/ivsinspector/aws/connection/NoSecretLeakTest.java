package dev.ivsinspector.aws.connection;

import static dev.ivsinspector.aws.connection.FakeOidc.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.ivsinspector.aws.ConnectionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A known fake secret flows through every path of the package as client secret, access token, refresh token
 * and secret access key; it must never show up in a toString, an exception message or a log line.
 */
class NoSecretLeakTest {

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final List<Object> shown = new ArrayList<>();
    private Logger ours;
    private Level oursBefore;

    @BeforeEach
    void captureLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ours = (Logger) LoggerFactory.getLogger("dev.ivsinspector");
        oursBefore = ours.getLevel();
        ours.setLevel(Level.TRACE); // Whatever a user turns on for a bug report must stay clean too.
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        ours.setLevel(oursBefore);
        Thread.interrupted();
    }

    @Test
    void theSecretStaysOutOfEverythingShownOrLogged() throws Exception {
        // Profiles: a static key profile whose secret is the fake one.
        Path credentials = Files.writeString(dir.resolve("credentials"),
                "[leaky]\naws_access_key_id = AKIDLEAKY\naws_secret_access_key = " + SECRET + "\n");
        ProfileLoadResult profiles = new ProfileCatalog(dir.resolve("config"), credentials, Map.of()).load();
        shown.add(profiles);

        // Sign-in: success, then a failure after the secret was sent, then a cancel.
        SsoTokenCache cache = new SsoTokenCache(dir.resolve("cache"));
        SsoTarget target = new SsoTarget("corp", "https://corp.awsapps.com/start", "us-east-1", List.of());
        try (FakeOidc oidc = new FakeOidc(1, 600).thenToken(FakeOidc.pending(), FakeOidc.token(true))) {
            SsoSignIn signIn = new SsoSignIn(cache, d -> { }, Clock.systemUTC(), oidc.uri());
            shown.add(signIn.signIn(target, shown::add, () -> false));
        }
        try (FakeOidc oidc = new FakeOidc(1, 600).thenToken(LoopbackServer.Reply.error(400, "InvalidGrantException",
                "{\"error\":\"invalid_grant\",\"error_description\":\"bad grant\"}"))) {
            shown.add(catchThrowable(() -> new SsoSignIn(cache, d -> { }, Clock.systemUTC(), oidc.uri())
                    .signIn(target, c -> { }, () -> false)));
        }
        try (FakeOidc oidc = new FakeOidc(1, 600).thenToken(FakeOidc.token(true))) {
            shown.add(catchThrowable(() -> new SsoSignIn(cache, d -> { }, Clock.systemUTC(), oidc.uri())
                    .signIn(target, c -> { }, () -> true)));
        }
        SsoCachedToken token = cache.read(target).orElseThrow();
        assertThat(token.accessToken()).isEqualTo(SECRET); // The secret really is in play...
        shown.add(token);
        shown.add(new SsoTokenStatus(cache, Clock.systemUTC()).of(target));

        // STS with the leaky profile's keys: success and a signature failure.
        String old = System.getProperty("aws.sharedCredentialsFile");
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        try (LoopbackServer sts = new LoopbackServer(r -> r.header("Authorization").contains("AKIDLEAKY")
                ? new LoopbackServer.Reply(403, Map.of("Content-Type", "text/xml"), """
                    <ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code>
                    <Message>The request signature we calculated does not match</Message></Error>
                    <RequestId>r</RequestId></ErrorResponse>""")
                : LoopbackServer.Reply.json(500, "{}"))) {
            ConnectionSettings settings = ConnectionSettings.sdkDefaults().withProfile("leaky").withEndpoint(sts.uri());
            shown.add(catchThrowable(() -> new StsCallerIdentityService().callerIdentity(settings, "us-west-2")));
            assertThat(sts.requests()).hasSize(1); // ...and the secret key really signed a request.
        } finally {
            StsCallerIdentityServiceTest.restore("aws.sharedCredentialsFile", old);
        }

        assertThat(shown).hasSize(8).doesNotContainNull();
        for (Object o : shown) {
            assertThat(o.toString()).doesNotContain(SECRET);
            if (o instanceof Throwable t) {
                for (Throwable c = t; c != null; c = c.getCause()) {
                    assertThat(String.valueOf(c.getMessage())).doesNotContain(SECRET);
                }
            }
        }
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(SECRET);
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
            }
        }
    }
}
