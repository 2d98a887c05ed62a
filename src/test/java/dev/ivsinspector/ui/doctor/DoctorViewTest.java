package dev.ivsinspector.ui.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkDoctorService;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.model.doctor.DoctorReport;
import dev.ivsinspector.model.doctor.DoctorService;
import dev.ivsinspector.model.recreate.RecreateFormat;
import dev.ivsinspector.testing.InspectorViewModelBuilder;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.inspector.HistoryViewModel;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import dev.ivsinspector.ui.inspector.InspectorViews;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Doctor tab on the real inspector FXML, with the real SDK clients against the demo endpoint: it fills in the
 * background, a CREATE_FAILED configuration shows its cause above the tree and on the Configuration tab, and
 * Recreate as produces each format.
 */
@ExtendWith(ApplicationExtension.class)
class DoctorViewTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");
    private static final String OSAKA = "arn:aws:ivs:ap-northeast-1:123456789012:recording-configuration/Ap2Os3Ka4Xy5";
    private static final String MINIMAL = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Mn0Pq1Rs2Tu3";

    private final DemoEndpoint endpoint = DemoEndpoint.start();
    private final SdkIvsGateway gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
    private final CountDownLatch hold = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<String> clipboard = new CopyOnWriteArrayList<>();
    private volatile boolean holdRuns;
    private InspectorViewModel inspector;
    private Parent root;

    @Start
    void start(Stage stage) {
        DesktopServices desktop = new DesktopServices(clipboard::add, url -> { }, (title, name) -> Optional.empty());
        inspector = InspectorViewModelBuilder.inspector(gateway).executor(new FxTaskExecutor()).desktop(desktop).build();
        DoctorService real = new SdkDoctorService(() -> ConnectionSettings.demo(endpoint.uri()), TEXT);
        DoctorService holdable = config -> {
            started.countDown();
            if (holdRuns) {
                awaitQuietly(hold);
            }
            return real.examine(config);
        };
        DoctorViewModels doctor = DoctorViewModels.of(inspector.shownConfigurationProperty(), holdable, new FxTaskExecutor(), desktop, TEXT);
        root = InspectorViews.load(inspector, new HistoryViewModel(inspector.shownConfigurationProperty(),
                inspector.suggestedArns(), null, new FxTaskExecutor(), Clock.systemUTC()), doctor, TEXT);
        stage.setScene(new Scene(root, 1200, 900));
        stage.show();
    }

    @AfterEach
    void stop() {
        hold.countDown();
        gateway.close();
        endpoint.close();
    }

    private void showDoctorTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "doctorTab".equals(t.getId())).findFirst().orElseThrow()));
    }

    @Test
    void theTabFillsInTheBackgroundWhileTheFxThreadGoesOn(FxRobot robot) throws Exception {
        holdRuns = true;
        robot.interact(() -> inspector.open(MINIMAL));
        showDoctorTab(robot);
        assertThat(started.await(20, TimeUnit.SECONDS)).as("the doctor started").isTrue();
        // The doctor is held inside its service call; the FX thread still answers and shows it is checking.
        CountDownLatch answered = new CountDownLatch(1);
        Platform.runLater(answered::countDown);
        assertThat(answered.await(10, TimeUnit.SECONDS)).as("the FX thread is free while the doctor runs").isTrue();
        Label summary = robot.lookup(".doctor-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("Checking"));
        assertThat(robot.lookup(".doctor-checks").queryAs(TreeView.class).getRoot().getChildren()).isEmpty();
        hold.countDown();
        TreeView<DoctorLine> checks = robot.lookup(".doctor-checks").queryAs(TreeView.class);
        waitUntil(() -> summary.getText().startsWith("6 passed"));
        assertThat(checks.getRoot().getChildren()).hasSize(6)
                .allSatisfy(item -> assertThat(item.getValue().text()).startsWith("Passed"));
    }

    @Test
    void aCreateFailedConfigurationHeadlinesItsMostLikelyCause(FxRobot robot) throws Exception {
        robot.interact(() -> inspector.open(OSAKA));
        Label line = robot.lookup(".doctor-summary-line").queryAs(Label.class);
        waitUntil(() -> line.getText().contains("Most likely cause"));
        assertThat(line.getText()).contains("us-west-2").contains("ap-northeast-1");
        showDoctorTab(robot);
        Label headline = robot.lookup(".doctor-headline").queryAs(Label.class);
        assertThat(headline.isVisible()).isTrue();
        assertThat(headline.getText()).startsWith("Most likely cause: Bucket osaka-test-recordings is in us-west-2");
        TreeView<DoctorLine> checks = robot.lookup(".doctor-checks").queryAs(TreeView.class);
        assertThat(checks.getRoot().getChildren().get(1).getValue().text()).startsWith("Failed");
        assertThat(checks.getRoot().getChildren().get(1).isExpanded()).isTrue();
    }

    @Test
    void longExplanationsWrapInANarrowWindowInsteadOfScrollingSideways(FxRobot robot) throws Exception {
        // A narrower scene, not a narrower stage: a width set on the stage would stay for the tests after this one.
        robot.interact(() -> {
            Stage stage = (Stage) root.getScene().getWindow();
            root.getScene().setRoot(new Group());
            stage.setScene(new Scene(root, 640, 900));
        });
        robot.interact(() -> inspector.open(OSAKA));
        showDoctorTab(robot);
        TreeView<DoctorLine> checks = robot.lookup(".doctor-checks").queryAs(TreeView.class);
        waitUntil(() -> checks.getRoot().getChildren().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(checks.lookupAll(".scroll-bar")).filteredOn(bar -> bar instanceof ScrollBar scrollBar
                && scrollBar.getOrientation() == Orientation.HORIZONTAL && scrollBar.isVisible()).isEmpty();
    }

    @Test
    void recreateAsProducesEachFormatWithTheBucketTyped(FxRobot robot) throws Exception {
        robot.interact(() -> inspector.open(OSAKA));
        showDoctorTab(robot);
        robot.interact(() -> robot.lookup("#recreatePane").queryAs(TitledPane.class).setExpanded(true));
        TextArea output = robot.lookup(".recreate-output").queryAs(TextArea.class);
        waitUntil(() -> output.getText().startsWith("aws ivs create-recording-configuration"));
        robot.clickOn("#bucketField").write("osaka-recordings.ap-northeast-1");
        waitUntil(() -> output.getText().contains("\"bucketName\":\"osaka-recordings.ap-northeast-1\""));
        ChoiceBox<RecreateFormat> format = robot.lookup("#formatChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> format.setValue(RecreateFormat.CLOUDFORMATION));
        assertThat(output.getText()).contains("Type: AWS::IVS::RecordingConfiguration")
                .contains("BucketName: osaka-recordings.ap-northeast-1");
        robot.interact(() -> format.setValue(RecreateFormat.TERRAFORM));
        assertThat(output.getText()).contains("resource \"aws_ivs_recording_configuration\"")
                .contains("bucket_name = \"osaka-recordings.ap-northeast-1\"");
        robot.clickOn("#copyButton");
        assertThat(clipboard).containsExactly(output.getText());
        robot.interact(() -> robot.lookup("#bucketField").queryTextInputControl().setText("Bad_Bucket"));
        assertThat(robot.lookup("#bucketProblem").queryAs(Label.class).getText()).contains("not a valid bucket name");
        assertThat(output.getText()).contains("bucket_name = \"osaka-test-recordings\"");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
