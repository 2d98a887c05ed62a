package dev.ivsinspector.aws.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.demo.DemoEndpoint;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StsCallerIdentityServiceTest {

    private static final String OK = """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>arn:aws:sts::111122223333:assumed-role/ReadOnly/jane</Arn>
                <UserId>AROAEXAMPLE:jane</UserId>
                <Account>111122223333</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>
            </GetCallerIdentityResponse>
            """;

    private static final String EXPIRED = """
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error><Type>Sender</Type><Code>ExpiredToken</Code>
                <Message>The security token included in the request is expired</Message></Error>
              <RequestId>req-expired</RequestId>
            </ErrorResponse>
            """;

    @TempDir
    Path dir;

    private final StsCallerIdentityService service = new StsCallerIdentityService();

    private static LoopbackServer.Reply xml(int status, String body) {
        return new LoopbackServer.Reply(status, Map.of("Content-Type", "text/xml"), body);
    }

    @Test
    void asksStsWithTheConnectionsCredentialsAndEndpoint() throws Exception {
        try (LoopbackServer sts = new LoopbackServer(r -> xml(200, OK))) {
            CallerIdentity identity = service.callerIdentity(ConnectionSettings.demo(sts.uri()), "eu-west-1");

            assertThat(identity).isEqualTo(new CallerIdentity("111122223333",
                    "arn:aws:sts::111122223333:assumed-role/ReadOnly/jane", "ReadOnly (jane)"));
            LoopbackServer.Request request = sts.requests().get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.body()).contains("Action=GetCallerIdentity");
            assertThat(request.header("Authorization"))
                    .contains(DemoEndpoint.ACCESS_KEY_ID + "/").contains("/eu-west-1/sts/aws4_request");
        }
    }

    @Test
    void serviceErrorsAreClassifiedLikeIvsCalls() throws Exception {
        try (LoopbackServer sts = new LoopbackServer(r -> xml(403, EXPIRED))) {
            IvsCallException e = catchThrowableOfType(IvsCallException.class,
                    () -> service.callerIdentity(ConnectionSettings.demo(sts.uri()), null));
            assertThat(e.kind()).isEqualTo(ErrorKind.SSO_TOKEN_EXPIRED);
            assertThat(e.operation()).isEqualTo("GetCallerIdentity");
            assertThat(e.errorCode()).isEqualTo("ExpiredToken");
            assertThat(e.httpStatus()).isEqualTo(403);
            assertThat(e.requestId()).isEqualTo("req-expired");
            // Signed for the connection's region fallback.
            assertThat(sts.requests().get(0).header("Authorization")).contains("/us-east-1/sts/");
        }
    }

    @Test
    void anEndpointThatIsNotListeningIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ConnectionSettings settings = ConnectionSettings.demo(URI.create("http://127.0.0.1:" + port))
                .withCallTimeout(Duration.ofSeconds(5));
        IvsCallException e = catchThrowableOfType(IvsCallException.class, () -> service.callerIdentity(settings, null));
        assertThat(e.kind()).isEqualTo(ErrorKind.UNREACHABLE);
    }

    @Test
    void aProfileWithoutCredentialsIsNoCredentials() {
        ConnectionSettings settings = ConnectionSettings.sdkDefaults().withProfile("no-such-profile-" + UUID.randomUUID());
        IvsCallException e = catchThrowableOfType(IvsCallException.class, () -> service.callerIdentity(settings, null));
        assertThat(e.kind()).isEqualTo(ErrorKind.NO_CREDENTIALS);
    }

    /** DESIGN.md says this raises "Unable to load SSO token"; this pins what 2.40.2 really does. */
    @Test
    void anSsoSessionProfileWithoutACachedTokenAsksForSignIn() throws Exception {
        String session = "never-signed-in-" + UUID.randomUUID();
        Path config = Files.writeString(dir.resolve("config"), """
                [profile sso]
                sso_session = %s
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                region = us-west-2
                [sso-session %s]
                sso_start_url = https://example.awsapps.com/start
                sso_region = us-east-1
                """.formatted(session, session));
        String old = System.getProperty("aws.configFile");
        System.setProperty("aws.configFile", config.toString());
        try (LoopbackServer sts = new LoopbackServer(r -> xml(200, OK))) {
            ConnectionSettings settings = ConnectionSettings.sdkDefaults().withProfile("sso").withEndpoint(sts.uri());
            IvsCallException e = catchThrowableOfType(IvsCallException.class, () -> service.callerIdentity(settings, null));
            assertThat(e.kind()).isEqualTo(ErrorKind.SSO_TOKEN_EXPIRED);
            assertThat(e.getCause()).hasMessageContaining("Unable to load SSO token");
            assertThat(sts.requests()).isEmpty();
        } finally {
            restore("aws.configFile", old);
        }
    }

    static void restore(String key, String old) {
        if (old == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, old);
        }
    }
}
