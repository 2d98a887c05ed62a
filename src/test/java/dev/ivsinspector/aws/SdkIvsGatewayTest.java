package dev.ivsinspector.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.FaultIds;
import dev.ivsinspector.demo.SampleAccount;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/** The real SDK client over real HTTP against the demo endpoint on loopback. */
class SdkIvsGatewayTest {

    private static final String RICH = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";
    private static DemoEndpoint endpoint;
    private static SdkIvsGateway gateway;

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start(SampleAccount.standard().withSlowDelay(Duration.ofSeconds(9))
                .withGenerated("ap-southeast-2", 250));
        // Long enough for the SDK's standard retries of a throttled call (backoff with jitter), short enough for the slow fault.
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()).withCallTimeout(Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        endpoint.close();
    }

    private static String fault(String id) {
        return "arn:aws:ivs:us-west-2:123456789012:recording-configuration/" + id;
    }

    @Test
    void fetchesEveryMemberOfAConfiguration() {
        RecordingConfiguration config = gateway.getRecordingConfiguration(RecordingConfigurationArn.parse(RICH))
                .recordingConfiguration();

        assertThat(config.arn()).isEqualTo(RICH);
        assertThat(config.name()).isEqualTo("prod-live-recordings");
        assertThat(config.destinationConfiguration().s3().bucketName()).isEqualTo("prod.live-recordings.us-west-2");
        assertThat(config.stateAsString()).isEqualTo("ACTIVE");
        assertThat(config.recordingReconnectWindowSeconds()).isEqualTo(300);
        assertThat(config.renditionConfiguration().renditionSelectionAsString()).isEqualTo("CUSTOM");
        assertThat(config.renditionConfiguration().renditionsAsStrings()).containsExactly("SD", "HD", "FULL_HD", "LOWEST_RESOLUTION");
        assertThat(config.thumbnailConfiguration().recordingModeAsString()).isEqualTo("INTERVAL");
        assertThat(config.thumbnailConfiguration().targetIntervalSeconds()).isEqualTo(10L);
        assertThat(config.thumbnailConfiguration().resolutionAsString()).isEqualTo("FULL_HD");
        assertThat(config.thumbnailConfiguration().storageAsStrings()).containsExactlyInAnyOrder("SEQUENTIAL", "LATEST");
        assertThat(config.tags()).hasSize(10).containsEntry("env", "prod");
    }

    @Test
    void callsTheArnsOwnRegionWhateverRegionWasUsedBefore() {
        String euArn = "arn:aws:ivs:eu-west-1:123456789012:recording-configuration/Eu1Wx2Yz3Ab4";
        gateway.getRecordingConfiguration(RecordingConfigurationArn.parse(RICH));

        assertThat(gateway.getRecordingConfiguration(RecordingConfigurationArn.parse(euArn)).recordingConfiguration().arn())
                .isEqualTo(euArn);
    }

    @ParameterizedTest
    @CsvSource({
        "fault-missing,       NOT_FOUND,       ResourceNotFoundException, 404",
        "fault-access-denied, ACCESS_DENIED,   AccessDeniedException,     403",
        "fault-validation,    VALIDATION,      ValidationException,       400",
        "fault-internal,      INTERNAL_SERVER, InternalServerException,   500",
        "fault-throttle,      THROTTLED,       ThrottlingException,       429",
        "fault-unavailable,   INTERNAL_SERVER, ServiceUnavailableException, 503",
    })
    void classifiesServiceErrorsWithCodeStatusAndRequestId(String id, ErrorKind kind, String code, int status) {
        IvsCallException e = catchThrowableOfType(IvsCallException.class,
                () -> gateway.getRecordingConfiguration(RecordingConfigurationArn.parse(fault(id))));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.requestId()).isNotBlank();
        assertThat(e.operation()).isEqualTo("GetRecordingConfiguration");
    }

    @ParameterizedTest
    @CsvSource({"fault-garbage", "fault-truncated"})
    void anUnparseableBodyIsReportedAsSuch(String id) {
        IvsCallException e = catchThrowableOfType(IvsCallException.class,
                () -> gateway.getRecordingConfiguration(RecordingConfigurationArn.parse(fault(id))));

        assertThat(e.kind()).isEqualTo(ErrorKind.UNPARSEABLE_RESPONSE);
        assertThat(e.requestId()).as("the answer's request id, for support").isNotBlank();
    }

    @Test
    void aConnectionResetMidBodyIsAFailureNotAHang() {
        IvsCallException e = catchThrowableOfType(IvsCallException.class,
                () -> gateway.getRecordingConfiguration(RecordingConfigurationArn.parse(fault(FaultIds.RESET))));

        assertThat(e.kind()).isIn(ErrorKind.UNPARSEABLE_RESPONSE, ErrorKind.UNREACHABLE);
    }

    @Test
    void aSlowAnswerTimesOutAtTheCallTimeout() {
        long start = System.nanoTime();
        IvsCallException e = catchThrowableOfType(IvsCallException.class,
                () -> gateway.getRecordingConfiguration(RecordingConfigurationArn.parse(fault(FaultIds.SLOW))));

        assertThat(e.kind()).isEqualTo(ErrorKind.TIMED_OUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aDeadPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (SdkIvsGateway dead = new SdkIvsGateway(ConnectionSettings.demo(URI.create("http://127.0.0.1:" + port)))) {
            IvsCallException e = catchThrowableOfType(IvsCallException.class,
                    () -> dead.getRecordingConfiguration(RecordingConfigurationArn.parse(RICH)));

            assertThat(e.kind()).isEqualTo(ErrorKind.UNREACHABLE);
        }
    }

    @Test
    void aProfileWithoutCredentialsOrWithoutSsoTokenIsToldApart(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("config"), """
                [profile no-keys]
                region = us-west-2

                [profile sso-user]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = Reader
                region = us-west-2

                [sso-session corp]
                sso_start_url = https://ivs-inspector-test-never-signed-in.awsapps.com/start
                sso_region = us-east-1
                """);
        System.setProperty("aws.configFile", dir.resolve("config").toString());
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("credentials").toString());
        try (SdkIvsGateway noKeys = new SdkIvsGateway(ConnectionSettings.sdkDefaults().withProfile("no-keys").withEndpoint(endpoint.uri()));
             SdkIvsGateway sso = new SdkIvsGateway(ConnectionSettings.sdkDefaults().withProfile("sso-user").withEndpoint(endpoint.uri()))) {
            int before = endpoint.requestCount();

            assertThat(catchThrowableOfType(IvsCallException.class,
                    () -> noKeys.getRecordingConfiguration(RecordingConfigurationArn.parse(RICH))).kind())
                    .isEqualTo(ErrorKind.NO_CREDENTIALS);
            assertThat(catchThrowableOfType(IvsCallException.class,
                    () -> sso.getRecordingConfiguration(RecordingConfigurationArn.parse(RICH))).kind())
                    .isEqualTo(ErrorKind.SSO_TOKEN_EXPIRED);
            assertThat(endpoint.requestCount()).as("nothing unsigned is sent").isEqualTo(before);
        } finally {
            System.clearProperty("aws.configFile");
            System.clearProperty("aws.sharedCredentialsFile");
        }
    }

    @Test
    void listsEveryPageOfARegion() {
        List<RecordingConfigurationSummary> all = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<RecordingConfigurationSummary> page = gateway.listRecordingConfigurations("ap-southeast-2", token, 100);
            all.addAll(page.items());
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(3);
        assertThat(all).hasSize(250);
        assertThat(all).extracting(RecordingConfigurationSummary::arn).doesNotHaveDuplicates();
    }

    @Test
    void listsTheChannelsThatUseAConfigurationAndItsTags() {
        RecordingConfigurationArn arn = RecordingConfigurationArn.parse(RICH);

        Page<software.amazon.awssdk.services.ivs.model.ChannelSummary> channels = gateway.listChannelsUsing(arn, null);

        assertThat(channels.items()).hasSize(2).allSatisfy(c -> assertThat(c.recordingConfigurationArn()).isEqualTo(RICH));
        assertThat(gateway.tags(arn)).containsEntry("env", "prod").hasSize(10);
    }

    @Test
    void regionsComeFromTheSdkMetadata() {
        assertThat(gateway.regions()).contains("us-west-2", "us-east-1", "eu-west-1", "ap-northeast-1")
                .isSorted();
    }
}
