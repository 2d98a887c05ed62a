package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.model.ConfigurationDiff.Row;
import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.testing.MainWindowBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The power features in the whole demo window: shortcuts from anywhere, compare from the menu, history. */
@ExtendWith(ApplicationExtension.class)
class PowerFeaturesViewTest {

    private DemoEndpoint endpoint;
    private SdkIvsGateway gateway;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        // Each test starts with no history: the surefire config directory is shared by all UI tests.
        Files.deleteIfExists(Path.of(System.getProperty("ivsinspector.configDir"), "history.json"));
        endpoint = DemoEndpoint.start();
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
        window = MainWindowBuilder.mainWindow(gateway).demo(endpoint.uri()).sampleArns(endpoint.account().sampleArns()).build(stage);
        stage.setScene(new Scene(window.root(), 1920, 880));
        stage.show();
    }

    @AfterEach
    void stop() {
        gateway.close();
        endpoint.close();
    }

    private TreeTableView<PropertyNode> open(FxRobot robot, String arn) {
        robot.interact(() -> window.inspector().open(arn));
        TreeTableView<PropertyNode> tree = robot.lookup("#tree").query();
        waitUntil(() -> !window.inspector().busyProperty().get() && !tree.getRoot().getChildren().isEmpty()
                && arn.equals(window.inspector().shownArnProperty().get()));
        return tree;
    }

    @Test
    void ctrlFReachesTheTreeFilterFromTheBrowsePane(FxRobot robot) {
        open(robot, endpoint.account().sampleArns().get(0));
        robot.clickOn("#regionPicker").type(KeyCode.ESCAPE);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#treeFilter").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void ctrlDComparesTheShownConfigurationWithTheNextOne_andTheToggleKeepsOnlyDifferences(FxRobot robot) {
        List<String> samples = endpoint.account().sampleArns();
        TreeTableView<PropertyNode> tree = open(robot, samples.get(0));
        robot.clickOn(tree);

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);

        waitUntil(() -> compareTable(robot) != null && compareTable(robot).getItems().size() > 5);
        TableView<Row> table = compareTable(robot);
        Stage compare = (Stage) table.getScene().getWindow();
        assertThat(compare.getTitle()).isEqualTo("Compare recording configurations");
        assertThat(robot.from(compare.getScene().getRoot()).lookup("#leftEditor").queryAs(TextField.class).getText())
                .isEqualTo(samples.get(0));
        int all = table.getItems().size();

        robot.interact(() -> robot.from(compare.getScene().getRoot()).lookup(".check-box").queryAs(CheckBox.class).fire());

        assertThat(table.getItems()).allMatch(Row::differs).hasSizeLessThan(all);
        assertThat(table.getItems()).extracting(Row::path).contains("arn", "destinationConfiguration.s3.bucketName");
        robot.interact(compare::close);
    }

    @Test
    void aFetchedConfigurationComesFirstInTheArnDropDown_andPinningKeepsItThere(FxRobot robot) {
        List<String> samples = endpoint.account().sampleArns();
        String minimal = samples.get(1);
        open(robot, samples.get(2));
        open(robot, minimal);

        @SuppressWarnings("unchecked")
        ComboBox<String> field = robot.lookup("#arnField").queryAs(ComboBox.class);
        robot.interact(field::show);
        assertThat(field.getItems().subList(0, 2)).containsExactly(minimal, samples.get(2));
        robot.interact(field::hide);
        assertThat(window.history().label(samples.get(2))).startsWith("podcast-audio-only  ·  ");

        robot.clickOn("#pinButton");
        open(robot, samples.get(0));
        robot.interact(field::show);
        assertThat(field.getItems().get(0)).isEqualTo(minimal);
        robot.interact(field::hide);
        assertThat(window.history().label(minimal)).startsWith("★ ");
        assertThat(robot.lookup("#pinButton").queryLabeled().getText().replace("_", "")).contains("Pin");
    }

    @Test
    void theTypedArnStaysInTheFieldAfterTheFetchReordersTheDropDown(FxRobot robot) {
        String first = endpoint.account().sampleArns().get(0);
        String arn = "arn:aws:ivs:us-east-1:123456789012:recording-configuration/Ua1Sb2Dc3Fv4";
        TextField editor = robot.lookup("#arnEditor").queryAs(TextField.class);
        robot.clickOn(editor);
        robot.interact(() -> editor.setText(first));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> first.equals(window.inspector().shownArnProperty().get()));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        // Typed, as a user does (the end only: typing 80 characters one by one takes seconds).
        robot.interact(() -> editor.setText(arn.substring(0, arn.length() - 3)));
        robot.interact(editor::end);
        robot.write(arn.substring(arn.length() - 3));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> arn.equals(window.inspector().shownArnProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> field = robot.lookup("#arnField").queryAs(ComboBox.class);
        assertThat(editor.getText()).isEqualTo(arn);

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.type(KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.isShowing()).isTrue();
        assertThat(field.getItems().get(0)).isEqualTo(arn);
        assertThat(editor.getText()).isEqualTo(arn);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void insightsExplainAFailedConfiguration(FxRobot robot) {
        open(robot, endpoint.account().sampleArns().get(3));

        Label title = robot.lookup("#insightsTitle").queryAs(Label.class);
        assertThat(title.getText()).startsWith("Insights (");
        waitUntil(() -> robot.lookup("#insight-create-failed").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static TableView<Row> compareTable(FxRobot robot) {
        for (Window w : robot.listWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot().getStyleClass().contains("compare")) {
                return (TableView<Row>) w.getScene().getRoot().lookup("#table");
            }
        }
        return null;
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("UI did not reach the expected state in 10 s", e);
        }
    }
}
