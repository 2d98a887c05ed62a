package dev.ivsinspector.ui.recordings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.aws.SdkRecordingsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.SampleBucket;
import dev.ivsinspector.model.doctor.CheckId;
import dev.ivsinspector.model.doctor.CheckResult;
import dev.ivsinspector.model.doctor.CheckStatus;
import dev.ivsinspector.model.doctor.DocPage;
import dev.ivsinspector.model.doctor.DoctorReport;
import dev.ivsinspector.model.recording.RecordingStatus;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import dev.ivsinspector.ui.common.DesktopServices;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/** The tab's view-model without a toolkit: tasks run on the test's thread, calls go to the demo endpoint. */
class RecordingsViewModelTest {
    private static final ObservableValue<DoctorReport> NO_DOCTOR = new SimpleObjectProperty<>();
    private static final String RICH = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";
    private static final String TOWN_HALL = "arn:aws:ivs:us-east-1:123456789012:recording-configuration/Ua1Sb2Dc3Fv4";
    private static DemoEndpoint endpoint;
    private static SdkIvsGateway ivs;
    private static SdkRecordingsGateway recordings;

    private final List<String> clipboard = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final SimpleObjectProperty<DoctorReport> doctorReport = new SimpleObjectProperty<>();
    private final RecordingsViewModel viewModel = new RecordingsViewModel(ivs, recordings,
            new CurrentThreadTaskExecutor(), new DesktopServices(clipboard::add, opened::add, (t, n) -> Optional.empty()),
            ResourceBundle.getBundle("dev.ivsinspector.i18n.messages"), Clock.systemUTC(), doctorReport);

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start();
        ConnectionSettings settings = ConnectionSettings.demo(endpoint.uri());
        ivs = new SdkIvsGateway(settings);
        recordings = new SdkRecordingsGateway(() -> settings);
    }

    @AfterAll
    static void stop() {
        recordings.close();
        ivs.close();
        endpoint.close();
    }

    private static RecordingConfiguration configuration(String arn) {
        return ivs.getRecordingConfiguration(RecordingConfigurationArn.parse(arn)).recordingConfiguration();
    }

    @Test
    void bothChannelsMergeNewestFirstAndShownRowsReadTheirMetadata() {
        viewModel.show(configuration(RICH));

        List<RecordingRow> rows = viewModel.rows();
        assertThat(rows.stream().filter(r -> !r.isMissedSession()).map(r -> r.channel().label()).distinct())
                .containsExactlyInAnyOrder("main-stage", "main-stage-backup");
        assertThat(rows).extracting(RecordingRow::start).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(viewModel.moreAvailableProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).startsWith("6 recordings in s3://prod.live-recordings.us-west-2");
        RecordingRow failed = rows.stream().filter(r -> !r.isMissedSession()
                && r.prefix().recordingId().equals("Failed00003c")).findFirst().orElseThrow();
        assertThat(failed.detailsProperty().get()).isNull();

        viewModel.rowShown(failed);

        assertThat(failed.detailsProperty().get().status()).isEqualTo(RecordingStatus.FAILED);
        assertThat(failed.detailsProperty().get().metadata().statusMessage()).isEqualTo("InternalServerException");
    }

    @Test
    void aSessionWithoutItsRecordingBecomesARowWithWhatItsEventsSay() {
        viewModel.show(configuration(RICH));

        RecordingRow missed = viewModel.rows().stream().filter(RecordingRow::isMissedSession).findFirst().orElseThrow();
        assertThat(missed.missedSession().streamId()).isEqualTo("st-MissedRecording0001");
        assertThat(missed.missedReasonProperty().get()).contains("Recording Start Failure (InternalServerException)");
    }

    @Test
    void aSessionWithoutItsRecordingTellsTheDoctorsCauseWhenACheckFailedAndItsWarningsOtherwise() {
        RecordingConfiguration rich = configuration(RICH);
        viewModel.show(rich);
        RecordingRow missed = viewModel.rows().stream().filter(RecordingRow::isMissedSession).findFirst().orElseThrow();
        assertThat(missed.doctorFindingProperty().get()).as("the doctor has not run yet").isEmpty();

        doctorReport.set(new DoctorReport(RICH, "ACTIVE", List.of(
                new CheckResult(CheckId.BUCKET_POLICY, CheckStatus.WARNING, "Policy", "The policy may refuse IVS.", "",
                        List.of(), DocPage.AUTO_RECORD),
                new CheckResult(CheckId.SERVICE_LINKED_ROLE, CheckStatus.FAILED, "Role",
                        "IVS's service-linked role does not exist.", "", List.of(), DocPage.SERVICE_LINKED_ROLES))));
        assertThat(missed.doctorFindingProperty().get())
                .isEqualTo("No recording: most likely IVS's service-linked role does not exist.");

        doctorReport.set(new DoctorReport(RICH, "ACTIVE", List.of(new CheckResult(CheckId.BUCKET_POLICY,
                CheckStatus.WARNING, "Policy", "The policy may refuse IVS.", "", List.of(), DocPage.AUTO_RECORD))));
        assertThat(missed.doctorFindingProperty().get()).startsWith("No recording; no doctor check failed, 1 warning:")
                .endsWith("The policy may refuse IVS.");

        doctorReport.set(new DoctorReport(TOWN_HALL, "ACTIVE", List.of()));
        assertThat(missed.doctorFindingProperty().get()).as("another configuration's report").isEmpty();
        viewModel.show(rich);
        RecordingRow again = viewModel.rows().stream().filter(RecordingRow::isMissedSession).findFirst().orElseThrow();
        doctorReport.set(new DoctorReport(RICH, "ACTIVE", List.of()));
        assertThat(again.doctorFindingProperty().get()).startsWith("No recording, though every doctor check passes");
    }

    @Test
    void actionsCopyAndOpenWhatTheMetadataNames() {
        viewModel.show(configuration(RICH));
        RecordingRow first = viewModel.rows().get(0);
        RecordingActions actions = viewModel.actions();

        actions.copyPlaylistUrl(first);
        assertThat(clipboard).isEmpty();
        assertThat(actions.feedbackProperty().get()).contains("no master playlist");

        viewModel.rowShown(first);
        actions.copyS3Uri(first);
        actions.copyPlaylistUrl(first);
        actions.openInConsole(first);
        actions.showMetadata(first);

        assertThat(clipboard.get(0)).isEqualTo("s3://prod.live-recordings.us-west-2/" + first.prefix().key());
        assertThat(clipboard.get(1)).isEqualTo(endpoint.uri() + "/prod.live-recordings.us-west-2/"
                + first.prefix().key() + "media/hls/master.m3u8");
        assertThat(opened.get(0)).startsWith("https://s3.console.aws.amazon.com/s3/buckets/prod.live-recordings.us-west-2"
                + "?region=us-west-2&prefix=ivs%2Fv1%2F123456789012%2FMainStage0Ch%2F");
        assertThat(actions.metadataJsonProperty().get()).contains("\"recording_status\": \"RECORDING_STARTED\"")
                .contains("events/recording-started.json");
    }

    @Test
    void openInPlayerWritesPlaylistsWhoseEveryFileIsAPresignedLink() throws Exception {
        viewModel.show(configuration(RICH));
        RecordingRow merged = viewModel.rows().stream().filter(r -> !r.isMissedSession()
                && r.prefix().recordingId().equals("Merged00002b")).findFirst().orElseThrow();
        viewModel.rowShown(merged);

        viewModel.actions().openInPlayer(merged);

        assertThat(opened).hasSize(1);
        java.nio.file.Path master = java.nio.file.Path.of(java.net.URI.create(opened.get(0)));
        List<String> renditions = java.nio.file.Files.readAllLines(master).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertThat(renditions).containsExactly("rendition0.m3u8", "rendition1.m3u8", "rendition2.m3u8",
                "rendition3.m3u8");
        List<String> segments = java.nio.file.Files.readAllLines(master.resolveSibling("rendition0.m3u8")).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertThat(segments).hasSizeGreaterThan(100).allMatch(l -> l.startsWith(endpoint.uri() + "/"))
                .allMatch(l -> l.contains("X-Amz-Signature="));
        assertThat(segments.get(0)).contains("/" + merged.prefix().key() + "media/hls/1080p60/0.ts?");
        // The demo keeps no video segments: a signature it accepts gets NoSuchKey, not AccessDenied.
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(segments.get(0))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body()).contains("<Code>NoSuchKey</Code>");
    }

    @Test
    void aConfigurationNoChannelUsesHasNothingToRead() {
        int before = endpoint.requestCount();
        viewModel.show(configuration(TOWN_HALL));

        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.messageProperty().get()).isEqualTo("No channel uses this configuration, so it has"
                + " recorded nothing that can be found.");
        assertThat(endpoint.requestCount() - before).as("GetRecordingConfiguration and ListChannels only").isEqualTo(2);
    }

    @Test
    void aBucketThatRefusesSaysSoInTheTabWithTheRequestId() {
        SampleAccount standard = SampleAccount.standard();
        SampleAccount denying = standard.withResources(standard.resources().withBucket(
                SampleBucket.of("prod.live-recordings.us-west-2", "us-west-2").denying("s3:ListBucket")));
        try (DemoEndpoint other = DemoEndpoint.start(denying)) {
            ConnectionSettings settings = ConnectionSettings.demo(other.uri());
            try (SdkIvsGateway otherIvs = new SdkIvsGateway(settings);
                 SdkRecordingsGateway otherRecordings = new SdkRecordingsGateway(() -> settings)) {
                RecordingsViewModel refused = new RecordingsViewModel(otherIvs, otherRecordings,
                        new CurrentThreadTaskExecutor(), new DesktopServices(t -> { }, u -> { }, (t, n) -> Optional.empty()),
                        ResourceBundle.getBundle("dev.ivsinspector.i18n.messages"), Clock.systemUTC(), NO_DOCTOR);

                refused.show(otherIvs.getRecordingConfiguration(RecordingConfigurationArn.parse(RICH))
                        .recordingConfiguration());

                assertThat(refused.rows()).isEmpty();
                assertThat(refused.messageProperty().get())
                        .startsWith("The recordings could not be read: ListObjectsV2 — AccessDenied: Access Denied")
                        .containsPattern("request id [0-9A-F]{16}");
            }
        }
    }
}
