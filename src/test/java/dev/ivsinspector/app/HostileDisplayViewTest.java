package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.FaultIds;
import dev.ivsinspector.model.Bounds;
import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.testing.MainWindowBuilder;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hostile values in the real window (real FXML, real SDK client, the demo endpoint's fault ids): bidi controls
 * are shown visibly in the tree, the JSON tab and the drop-down; megabyte values are cut with their length; a
 * JSON answer too large to render gets a notice instead.
 */
@ExtendWith(ApplicationExtension.class)
class HostileDisplayViewTest {

    private DemoEndpoint endpoint;
    private SdkIvsGateway gateway;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        endpoint = DemoEndpoint.start();
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
        window = MainWindowBuilder.mainWindow(gateway).demo(endpoint.uri()).sampleArns(endpoint.account().sampleArns())
                .build(stage);
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        gateway.close();
        endpoint.close();
    }

    @Test
    void bidiControlsAreShownVisiblyInTheTreeTheJsonTabAndTheDropDown(FxRobot robot) {
        open(robot, FaultIds.BIDI_NAME);
        // The rows' cells exist only after the next layout pulse, which a loaded machine can delay.
        waitUntil(() -> cellTexts(robot, ".tree-table-cell").contains("invoice-⟨U+202E⟩gpj.exe"));

        List<String> cells = cellTexts(robot, ".tree-table-cell");
        assertThat(cells).contains("invoice-⟨U+202E⟩gpj.exe");
        assertThat(String.join("", cells)).doesNotContain("\u202E", "\u2067", "\u2069");

        robot.clickOn("JSON");
        TextFlow flow = robot.lookup(".json").queryAs(TextFlow.class);
        waitUntil(() -> flowText(flow).contains("invoice-⟨U+202E⟩gpj.exe"));
        assertThat(flowText(flow)).contains("report-⟨U+2067⟩⟨U+202E⟩fdp.scr⟨U+2069⟩").doesNotContain("\u202E");

        ComboBox<?> arnField = robot.lookup("#arnField").queryAs(ComboBox.class);
        robot.interact(arnField::show);
        waitUntil(() -> cellTexts(robot, ".list-cell").stream().anyMatch(t -> t.contains("invoice-⟨U+202E⟩gpj.exe")));
        robot.interact(arnField::hide);
    }

    @Test
    void megabyteValuesAreCutWithTheirLengthAndTheJsonTabShowsANotice(FxRobot robot) {
        open(robot, FaultIds.LARGE_TAGS);
        waitUntil(() -> cellTexts(robot, ".tree-table-cell").stream().anyMatch(t -> t.contains("(cut: 1,048,576 characters)")));

        List<String> cells = cellTexts(robot, ".tree-table-cell");
        assertThat(cells).anySatisfy(t -> assertThat(t).contains("(cut: 1,048,576 characters)"));
        assertThat(cells).allSatisfy(t -> assertThat(t.length()).isLessThan(Bounds.SHOWN_VALUE_CHARS + 100));

        robot.clickOn("JSON");
        TextFlow flow = robot.lookup(".json").queryAs(TextFlow.class);
        waitUntil(() -> flowText(flow).contains("too large to show here"));
        assertThat(flow.getChildren()).hasSize(1);
        assertThat(window.inspector().json().jsonProperty().get()).as("Copy and Export keep it whole")
                .hasSizeGreaterThan(4 * 1024 * 1024);

        // The app stays usable: the next configuration shows as usual.
        open(robot, FaultIds.BIDI_NAME);
        waitUntil(() -> flowText(flow).contains("invoice-"));
    }

    @Test
    void aMegabyteNameReadsCutInTheDropDown(FxRobot robot) {
        open(robot, FaultIds.LONG_NAME);

        ComboBox<?> arnField = robot.lookup("#arnField").queryAs(ComboBox.class);
        robot.interact(arnField::show);
        waitUntil(() -> cellTexts(robot, ".list-cell").stream().anyMatch(t -> t.contains(FaultIds.LONG_NAME)));
        assertThat(cellTexts(robot, ".list-cell")).allSatisfy(t -> assertThat(t.length()).isLessThan(400));
        robot.interact(arnField::hide);
    }

    @Test
    void treesReplacedByLaterFetchesAreNotKeptAlive(FxRobot robot) throws Exception {
        TreeTableView<PropertyNode> tree = robot.lookup("#tree").query();
        List<WeakReference<TreeItem<PropertyNode>>> shown = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            open(robot, i % 2 == 0 ? FaultIds.LONG_NAME : FaultIds.BIDI_NAME);
            shown.add(new WeakReference<>(tree.getRoot().getChildren().get(0)));
        }

        // The table's recycled cells may still point at a tree or two; all eight trees must not stay.
        for (int i = 0; i < 50 && shown.stream().filter(r -> r.get() != null).count() > 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(shown.stream().filter(r -> r.get() != null).count()).as("trees still alive of 8 shown")
                .isLessThanOrEqualTo(3);
    }

    private void open(FxRobot robot, String faultId) {
        String arn = FaultIds.arn("us-west-2", faultId);
        robot.interact(() -> window.inspector().open(arn));
        TreeTableView<PropertyNode> tree = robot.lookup("#tree").query();
        waitUntil(() -> !tree.getRoot().getChildren().isEmpty()
                && arn.equals(tree.getRoot().getChildren().get(0).getValue().find("recordingConfiguration.arn").value()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> cellTexts(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }

    private static String flowText(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        flow.getChildren().forEach(node -> text.append(((Text) node).getText()));
        return text.toString();
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("UI did not reach the expected state in 10 s", e);
        }
    }
}
