package dev.ivsinspector.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.app.MainWindow;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.testing.SampleResponses;
import dev.ivsinspector.testing.FakeGateway;
import dev.ivsinspector.testing.MainWindowBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real FXML view in a real (headless) stage, driven as a user would: keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    static final String ARN = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";
    static final String DENIED = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Denied1";

    private final FakeGateway gateway = new FakeGateway()
            .with(SampleResponses.full().recordingConfiguration())
            .failing(DENIED, new IvsCallException(ErrorKind.ACCESS_DENIED, "GetRecordingConfiguration",
                    "User is not authorized to perform ivs:GetRecordingConfiguration", "AccessDeniedException", 403,
                    "0f3c2a9e-req", null));

    @Start
    void start(Stage stage) {
        MainWindow window = MainWindowBuilder.mainWindow(gateway).sampleArns(List.of(ARN)).build(stage);
        stage.setScene(new Scene(window.root(), 1920, 1000));
        stage.show();
    }

    /** Puts the ARN in the field as a paste would (typing 80 characters one by one takes seconds), then presses Enter. */
    private void pasteArnAndPressEnter(FxRobot robot, String arn) {
        TextField editor = robot.lookup("#arnEditor").queryAs(TextField.class);
        robot.clickOn(editor);
        robot.interact(() -> editor.setText(arn));
        robot.type(KeyCode.ENTER);
    }

    private static List<String> rows(TreeItem<PropertyNode> item, List<String> out) {
        for (TreeItem<PropertyNode> child : item.getChildren()) {
            out.add(child.getValue().name() + "=" + child.getValue().displayValue());
            assertThat(child.isExpanded() || child.isLeaf()).as("expanded: " + child.getValue().path()).isTrue();
            rows(child, out);
        }
        return out;
    }

    @Test
    void enterFetchesAndTheTreeShowsEveryMember(FxRobot robot) {
        pasteArnAndPressEnter(robot, ARN);
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<PropertyNode> tree = robot.lookup("#tree").query();
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);

        List<String> rows = rows(tree.getRoot(), new ArrayList<>());
        assertThat(rows).contains("bucketName=media.example-recordings", "name=prod-live", "state=ACTIVE",
                "recordingReconnectWindowSeconds=30", "renditionSelection=CUSTOM", "[0]=HD", "[1]=SD",
                "recordingMode=INTERVAL", "targetIntervalSeconds=10", "resolution=FULL_HD", "[0]=SEQUENTIAL",
                "[1]=LATEST", "team=video");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Showing " + ARN + ".");
    }

    @Test
    void selectingARowFillsThePropertyPanel(FxRobot robot) {
        pasteArnAndPressEnter(robot, ARN);
        TreeTableView<PropertyNode> tree = robot.lookup("#tree").query();
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
        assertThat(robot.lookup("#propertySheet").tryQuery()).as("joins the window with the first selection").isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        // The rows' cells exist only after the next layout pulse, which a loaded machine can delay.
        waitUntil(() -> robot.lookup("recordingReconnectWindowSeconds").tryQuery().isPresent());

        robot.clickOn("recordingReconnectWindowSeconds");

        PropertySheet sheet = robot.lookup("#propertySheet").query();
        assertThat(sheet.isVisible()).isTrue();
        assertThat(sheet.getItems()).extracting(PropertySheet.Item::getName)
                .contains("JSON path", "Value", "Type", "Range", "Default");
        assertThat(sheet.getItems()).extracting(i -> String.valueOf(i.getValue()))
                .contains("recordingConfiguration.recordingReconnectWindowSeconds", "30", "integer", "0..300 seconds", "0");
        assertThat(robot.lookup("#description").queryAs(Label.class).getText()).contains("reconnect");
    }

    @Test
    void anInvalidArnShowsAnInlineMessageAndSendsNothing(FxRobot robot) {
        robot.clickOn("#arnEditor").write("arn:aws:ivs:us-west-2:1:channel/x").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label problem = robot.lookup("#arnProblem").query();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("ARN of an IVS channel", "recording-configuration/");
        assertThat(gateway.getCalls()).isEmpty();
    }

    @Test
    void aDeniedCallShowsItsDialogOwnedByTheWindowAndTheWindowStaysUsable(FxRobot robot) {
        pasteArnAndPressEnter(robot, DENIED);
        waitUntil(() -> dialogPane(robot) != null);

        DialogPane dialog = dialogPane(robot);
        assertThat(dialog.getHeaderText()).contains("ivs:GetRecordingConfiguration");
        assertThat(((Stage) dialog.getScene().getWindow()).getOwner()).isNotNull();
        String details = ((javafx.scene.control.TextArea) dialog.getExpandableContent().lookup(".error-details")).getText();
        assertThat(details).contains("AccessDeniedException", "403", "0f3c2a9e-req");

        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Button b && "OK".equals(b.getText()))
                .queryButton());
        pasteArnAndPressEnter(robot, ARN);
        TreeTableView<PropertyNode> tree = robot.lookup("#tree").query();
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
    }

    private static DialogPane dialogPane(FxRobot robot) {
        for (Window window : robot.listWindows()) {
            if (window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane && window.isShowing()) {
                return pane;
            }
        }
        return null;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("UI did not reach the expected state in 10 s", e);
        }
    }

}
