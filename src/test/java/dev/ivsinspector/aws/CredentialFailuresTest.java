package dev.ivsinspector.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivsinspector.demo.DemoEndpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials that cannot be had end in a message about credentials, naming the profile and the program, within
 * the call's time, and nothing is sent: a credential_process that prints garbage or hangs, and a profile that
 * has a region but no credentials at all (not an SSO profile, so not "SSO sign-in needed").
 */
class CredentialFailuresTest {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
    private static DemoEndpoint endpoint;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @BeforeEach
    void config() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, """
                [profile garbage]
                region = us-west-2
                credential_process = /bin/echo this is not json --secret-arg hunter2

                [profile hangs]
                region = us-west-2
                credential_process = /bin/sleep 30

                [profile region-only]
                region = us-west-2

                [profile work-sso]
                sso_session = corp
                sso_account_id = 123456789012
                sso_role_name = ReadOnly

                [sso-session corp]
                sso_start_url = https://example.awsapps.com/start
                sso_region = us-east-1
                sso_registration_scopes = sso:account:access

                [profile temporary]
                aws_access_key_id = AKIAEXAMPLE
                aws_secret_access_key = secret
                aws_session_token = token-that-expired-refresh
                """);
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("credentials").toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("aws.configFile");
        System.clearProperty("aws.sharedCredentialsFile");
    }

    private static IvsCallException listWith(String profile) {
        ConnectionSettings settings = new ConnectionSettings(profile, null, endpoint.uri(), false, CALL_TIMEOUT);
        try (SdkIvsGateway gateway = new SdkIvsGateway(settings)) {
            return catchThrowableOfType(IvsCallException.class,
                    () -> gateway.listRecordingConfigurations("us-west-2", null, 10));
        }
    }

    @Test
    void aCredentialProcessPrintingGarbageIsACredentialsProblemNamingProfileAndProgram() {
        int before = endpoint.requestCount();

        IvsCallException failure = listWith("garbage");

        assertThat(failure.kind()).isEqualTo(ErrorKind.CREDENTIAL_PROCESS);
        assertThat(failure.getMessage()).contains("profile \"garbage\"", "/bin/echo").doesNotContain("hunter2");
        assertThat(endpoint.requestCount()).as("nothing sent").isEqualTo(before);
    }

    @Test
    void aHangingCredentialProcessEndsWithinTheCallTimeout() {
        long start = System.nanoTime();

        IvsCallException failure = listWith("hangs");

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(failure.kind()).isEqualTo(ErrorKind.CREDENTIAL_PROCESS);
        assertThat(failure.getMessage()).contains("profile \"hangs\"", "/bin/sleep", "did not finish within");
        assertThat(took).as("the process sleeps 30 s").isLessThan(CALL_TIMEOUT.plusSeconds(2));
    }

    @Test
    void aProfileWithARegionButNoCredentialsIsNoCredentialsNotAnSsoProblem() {
        IvsCallException failure = listWith("region-only");

        assertThat(failure.kind()).isEqualTo(ErrorKind.NO_CREDENTIALS);
    }

    @Test
    void theDefaultChainWithARegionOnlyProfileIsNoCredentialsNotAnSsoProblem() {
        System.setProperty("aws.profile", "region-only");
        try {
            IvsCallException failure = listWith(null);

            assertThat(failure.kind()).as(failure.getMessage()).isEqualTo(ErrorKind.NO_CREDENTIALS);
        } finally {
            System.clearProperty("aws.profile");
        }
    }
}
