package dev.ivsinspector.ui.recordings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.aws.SdkRecordingsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.model.doctor.CheckId;
import dev.ivsinspector.model.doctor.CheckResult;
import dev.ivsinspector.model.doctor.CheckStatus;
import dev.ivsinspector.model.doctor.DocPage;
import dev.ivsinspector.model.doctor.DoctorReport;
import dev.ivsinspector.store.ThumbnailDiskCache;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/** The Recordings tab's real FXML view over the demo endpoint, with the real SDK clients on loopback. */
@ExtendWith(ApplicationExtension.class)
class RecordingsViewTest {
    private final SimpleObjectProperty<DoctorReport> doctorReport = new SimpleObjectProperty<>();
    private final List<String> doctorOpened = new ArrayList<>();
    static final String RICH = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";
    static final String MINIMAL = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Mn0Pq1Rs2Tu3";
    private static DemoEndpoint endpoint;
    private static SdkIvsGateway ivs;
    private static SdkRecordingsGateway recordings;

    private final List<String> clipboard = new ArrayList<>();
    private RecordingsViewModel viewModel;

    @BeforeAll
    static void startEndpoint() {
        endpoint = DemoEndpoint.start();
        ConnectionSettings settings = ConnectionSettings.demo(endpoint.uri());
        ivs = new SdkIvsGateway(settings);
        recordings = new SdkRecordingsGateway(() -> settings);
    }

    @AfterAll
    static void stopEndpoint() {
        recordings.close();
        ivs.close();
        endpoint.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        ResourceBundle messages = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");
        viewModel = new RecordingsViewModel(ivs, recordings, new FxTaskExecutor(),
                new DesktopServices(clipboard::add, url -> { }, (t, n) -> Optional.empty()), messages,
                Clock.systemUTC(), doctorReport);
        Path cache = Files.createTempDirectory("thumbs");
        ThumbnailImages images = new ThumbnailImages(new ThumbnailDiskCache(cache, 1 << 24), 8L << 20, 4);
        FXMLLoader loader = new FXMLLoader(RecordingsView.class.getResource("RecordingsView.fxml"), messages);
        loader.setControllerFactory(type -> new RecordingsView(viewModel, images, messages,
                () -> doctorOpened.add("opened")));
        Parent root = loader.load();
        stage.setScene(new Scene(root, 1100, 900));
        stage.show();
    }

    private RecordingConfiguration configuration(String arn) {
        return ivs.getRecordingConfiguration(dev.ivsinspector.aws.RecordingConfigurationArn.parse(arn))
                .recordingConfiguration();
    }

    @SuppressWarnings("unchecked")
    private static ListView<RecordingRow> list(FxRobot robot) {
        return robot.lookup("#recordingsList").queryAs(ListView.class);
    }

    @Test
    void fillsNewestFirstWithPicturesAFailureReasonAndAMissedSession(FxRobot robot) {
        RecordingConfiguration rich = configuration(RICH);
        Fx.run(() -> viewModel.show(rich));
        Fx.await(() -> viewModel.rows().stream().filter(RecordingRow::isMissedSession).count() == 1
                && viewModel.rows().size() == 7);

        List<RecordingRow> rows = Fx.call(() -> List.copyOf(viewModel.rows()));
        assertThat(rows).extracting(RecordingRow::start).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rows.get(0).prefix().recordingId()).isEqualTo("LiveNow0001a");
        Fx.await(() -> robot.lookup(".recording-cell .image-view").queryAllAs(ImageView.class).stream()
                .filter(v -> v.getImage() != null).count() >= 3);
        assertThat(robot.lookup(".status-FAILED").queryAllAs(Label.class)).isNotEmpty();
        assertThat(robot.lookup(".recording-problem").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t.contains("InternalServerException"))
                .anyMatch(t -> t.contains("Recording Start Failure"));
        assertThat(robot.lookup(".status-MISSED").queryAllAs(Label.class)).hasSize(1);
        // The doctor's finding reaches the session's row, with a link to the Doctor tab.
        Fx.run(() -> doctorReport.set(new DoctorReport(rich.arn(), "ACTIVE", List.of(new CheckResult(
                CheckId.SERVICE_LINKED_ROLE, CheckStatus.FAILED, "Role", "IVS's service-linked role does not exist.", "",
                List.of(), DocPage.SERVICE_LINKED_ROLES)))));
        Fx.await(() -> robot.lookup(".recording-facts").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("No recording: most likely IVS's service-linked role does not exist.")));
        Hyperlink doctor = robot.lookup(".recording-doctor-link").queryAllAs(Hyperlink.class).stream()
                .filter(Hyperlink::isVisible).findFirst().orElseThrow();
        robot.clickOn(doctor);
        assertThat(doctorOpened).containsExactly("opened");
        // The merged recording was made from two streams (a reconnect).
        Fx.await(() -> viewModel.rows().stream().anyMatch(r -> !r.isMissedSession()
                && r.prefix().recordingId().equals("Merged00002b") && r.sessionsProperty().get().size() == 2));
    }

    @Test
    void openingARecordingShowsItsThumbnailsOverTimeAndCopiesAPresignedUrl(FxRobot robot) {
        RecordingConfiguration rich = configuration(RICH);
        Fx.run(() -> viewModel.show(rich));
        Fx.await(() -> viewModel.rows().size() >= 5 && viewModel.rows().get(1).detailsProperty().get() != null);
        Fx.run(() -> list(robot).getSelectionModel().select(1));
        Fx.await(() -> robot.lookup(".thumbnail-strip .image-view").queryAllAs(ImageView.class).stream()
                .filter(v -> v.getImage() != null).count() >= 3);

        robot.clickOn("#copyPresignedButton");
        assertThat(clipboard).hasSize(1);
        assertThat(clipboard.get(0)).startsWith(endpoint.uri() + "/prod.live-recordings.us-west-2/ivs/v1/")
                .contains("media/hls/master.m3u8").contains("X-Amz-Expires=3600");
        robot.clickOn("#metadataButton");
        assertThat(Fx.call(() -> viewModel.actions().metadataJsonProperty().get()))
                .contains("\"recording_status\": \"RECORDING_ENDED\"");
    }

    @Test
    void scrollsThroughFiveThousandRecordingsToTheOldest(FxRobot robot) {
        RecordingConfiguration minimal = configuration(MINIMAL);
        Fx.run(() -> viewModel.show(minimal));
        Fx.await(() -> !viewModel.rows().isEmpty());
        ListView<RecordingRow> list = list(robot);
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (Fx.call(() -> viewModel.moreAvailableProperty().get() || viewModel.loadingProperty().get())) {
            Fx.run(() -> list.scrollTo(viewModel.rows().size() - 1));
            robot.sleep(20);
            assertThat(System.nanoTime()).as("scrolled to the end within 4 minutes").isLessThan(deadline);
        }
        List<RecordingRow> rows = Fx.call(() -> List.copyOf(viewModel.rows()));
        assertThat(rows.stream().filter(r -> !r.isMissedSession())).hasSize(5000);
        assertThat(rows).extracting(r -> r.prefix().startMinute())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Fx.await(() -> robot.lookup(".recording-cell .image-view").queryAllAs(ImageView.class).stream()
                .anyMatch(v -> v.getImage() != null));
    }
}
