package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.testing.MainWindowBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window with the keyboard alone: Tab reaches every control that can take the focus, in reading
 * order (top to bottom, the browse pane before the inspector), and each has a name a screen reader can say.
 */
@ExtendWith(ApplicationExtension.class)
class TabWalkViewTest {

    private DemoEndpoint endpoint;
    private SdkIvsGateway gateway;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        endpoint = DemoEndpoint.start();
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
        window = MainWindowBuilder.mainWindow(gateway).demo(endpoint.uri())
                .sampleArns(SampleAccount.standardSampleArns()).build(stage);
        stage.setScene(new Scene(window.root(), 1920, 1000));
        stage.show();
    }

    @AfterEach
    void stop() {
        gateway.close();
        endpoint.close();
    }

    @Test
    void tabReachesEveryControlInReadingOrderAndEachHasAnAccessibleName(FxRobot robot) throws Exception {
        robot.interact(() -> window.inspector().open(SampleAccount.standardSampleArns().get(0)));
        TreeTableView<PropertyNode> tree = robot.lookup("#tree").query();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !tree.getRoot().getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        Set<Node> focusable = WaitForAsyncUtils.asyncFx(() -> focusable(scene.getRoot(), new LinkedHashSet<>())).get();

        Node first = focusable.iterator().next();
        robot.interact(first::requestFocus);
        List<Node> walk = new ArrayList<>();
        for (int i = 0; i < focusable.size() * 2 + 5; i++) {
            Node owner = scene.getFocusOwner();
            if (!walk.isEmpty() && owner == walk.get(0)) {
                break;
            }
            walk.add(owner);
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(walk).as("every focusable control is reached by Tab").containsAll(focusable);
        assertThat(walk.stream().filter(n -> name(n, scene) == null).map(TabWalkViewTest::describe).toList())
                .as("controls without an accessible name").isEmpty();
        List<Node> order = walk.stream().filter(focusable::contains).toList();
        Node browseTable = scene.getRoot().lookup("#table");
        assertThat(order.indexOf(browseTable)).as("the browse pane before the inspector")
                .isLessThan(order.indexOf(scene.getRoot().lookup("#arnField")));
        assertThat(order.indexOf(scene.getRoot().lookup("#arnField")))
                .isLessThan(order.indexOf(scene.getRoot().lookup("#fetchButton")))
                .isLessThan(order.indexOf(scene.getRoot().lookup("#treeFilter")))
                .isLessThan(order.indexOf(tree));
    }

    /** Controls that can take the focus now: shown, enabled, traversable, and not a part of another control. */
    private static Set<Node> focusable(Node node, Set<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return found;
        }
        if (node instanceof Control control && control.isFocusTraversable()) {
            found.add(control);
        }
        boolean composite = node instanceof ComboBoxBase<?> || node instanceof TableView<?> || node instanceof ListView<?>
                || node instanceof TreeTableView<?> || node instanceof TextField;
        if (!composite && node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                focusable(child, found);
            }
        }
        return found;
    }

    /** What a screen reader says for the control: its accessible text, its own text, or its label's. */
    private static String name(Node node, Scene scene) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) {
                return n.getAccessibleText();
            }
            if (n instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                return labeled.getText();
            }
            for (Node label : scene.getRoot().lookupAll(".label")) {
                if (label instanceof Label l && l.getLabelFor() == n && l.getText() != null) {
                    return l.getText();
                }
            }
            if (n != node && n instanceof Control) {
                break;
            }
        }
        return null;
    }

    private static String describe(Node node) {
        return node == null ? "nothing" : node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
    }
}
