package dev.ivsinspector.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.testing.FakeGateway;
import dev.ivsinspector.testing.SampleResponses;
import dev.ivsinspector.testing.InspectorViewModelBuilder;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector's keyboard shortcuts and the tree's context menu, on the real FXML view. The desktop
 * (clipboard, browser) is a recording one, so the tests see exactly what would be copied or opened.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorShortcutsViewTest {

    private static final String ARN = SampleResponses.FULL_ARN;

    private final FakeGateway gateway = new FakeGateway().with(SampleResponses.full().recordingConfiguration());
    private final List<String> clipboard = new CopyOnWriteArrayList<>();
    private final List<String> browser = new CopyOnWriteArrayList<>();
    private InspectorViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        viewModel = InspectorViewModelBuilder.inspector(gateway).executor(new FxTaskExecutor())
                .desktop(new DesktopServices(clipboard::add, browser::add, (title, name) -> Optional.empty())).build();
        Parent root = InspectorViews.load(viewModel,
                new HistoryViewModel(viewModel.shownConfigurationProperty(), viewModel.suggestedArns(), null,
                        new FxTaskExecutor(), Clock.systemUTC()));
        stage.setScene(new Scene(root, 1100, 1000));
        stage.show();
    }

    private TreeTableView<PropertyNode> fetched(FxRobot robot) {
        robot.interact(() -> viewModel.open(ARN));
        TreeTableView<PropertyNode> tree = robot.lookup("#tree").query();
        waitUntil(() -> !tree.getRoot().getChildren().isEmpty());
        // The rows' cells exist only after the next layout pulse, which a loaded machine can delay.
        waitUntil(() -> robot.lookup("recordingReconnectWindowSeconds").tryQuery().isPresent());
        return tree;
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlLPutsTheFocusInTheArnField(FxRobot robot) {
        TreeTableView<PropertyNode> tree = fetched(robot);
        robot.clickOn(tree);
        TextField editor = robot.lookup("#arnEditor").queryAs(TextField.class);
        assertThat(editor.isFocused()).isFalse();

        shortcut(robot, KeyCode.L);

        assertThat(editor.isFocused()).isTrue();
        assertThat(editor.getSelectedText()).isEqualTo(ARN);
    }

    @Test
    void f5FetchesTheShownConfigurationAgain(FxRobot robot) {
        TreeTableView<PropertyNode> tree = fetched(robot);
        robot.clickOn(tree);

        robot.type(KeyCode.F5);

        waitUntil(() -> gateway.getCalls().size() == 2 && !viewModel.busyProperty().get());
        assertThat(gateway.getCalls()).containsExactly(ARN, ARN);
    }

    @Test
    void escCancelsARunningCall(FxRobot robot) {
        gateway.holding(ARN);
        robot.interact(() -> viewModel.open(ARN));
        waitUntil(() -> viewModel.busyProperty().get());
        robot.clickOn("#tree");

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> !viewModel.busyProperty().get());
        assertThat(viewModel.statusProperty().get()).isEqualTo("Cancelled.");
    }

    @Test
    void ctrlCOnTheTreeCopiesTheSelectedValue(FxRobot robot) {
        fetched(robot);
        robot.clickOn("recordingReconnectWindowSeconds");

        shortcut(robot, KeyCode.C);

        assertThat(clipboard).containsExactly("30");
    }

    @Test
    void theContextMenuCopiesTheJsonPathAndOpensTheBucket(FxRobot robot) {
        fetched(robot);
        openContextMenu(robot, "bucketName");
        robot.clickOn("Copy JSON path");
        assertThat(clipboard).containsExactly("recordingConfiguration.destinationConfiguration.s3.bucketName");

        openContextMenu(robot, "bucketName");
        robot.clickOn("Copy ARN");
        openContextMenu(robot, "bucketName");
        robot.clickOn("Open S3 bucket");

        assertThat(clipboard).endsWith(ARN);
        assertThat(browser).containsExactly(
                "https://s3.console.aws.amazon.com/s3/buckets/media.example-recordings?region=us-west-2");
    }

    @Test
    void shiftF10OpensTheContextMenuAtTheSelectedRow_forKeyboardUsers(FxRobot robot) {
        fetched(robot);
        robot.clickOn("renditionSelection");

        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Copy value");

        assertThat(clipboard).containsExactly("CUSTOM");
    }

    @Test
    void copyingAStructureCopiesItsJson(FxRobot robot) {
        fetched(robot);
        robot.clickOn("renditionConfiguration");

        shortcut(robot, KeyCode.C);

        assertThat(clipboard).containsExactly("""
                {
                    "renditionSelection": "CUSTOM",
                    "renditions": [
                        "HD",
                        "SD"
                    ]
                }""");
    }

    @Test
    void ctrlFFiltersTheTreeToMatchesAndTheirAncestors(FxRobot robot) {
        TreeTableView<PropertyNode> tree = fetched(robot);
        robot.clickOn(tree);

        shortcut(robot, KeyCode.F);
        robot.write("bucket");

        waitUntil(() -> leaves(tree.getRoot()).equals(List.of("recordingConfiguration.destinationConfiguration.s3.bucketName")));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> leaves(tree.getRoot()).size() > 10);
    }

    /**
     * Right-click, then the ContextMenuEvent the platform would send: headless Monocle does not turn a secondary
     * click into a context-menu request, so the test sends that event itself at the clicked row.
     */
    private static void openContextMenu(FxRobot robot, String rowText) {
        robot.clickOn(rowText, MouseButton.SECONDARY);
        javafx.scene.Node cell = robot.lookup(rowText).query();
        javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        double x = b.getMinX() + 5;
        double y = b.getMinY() + 5;
        javafx.geometry.Point2D local = cell.screenToLocal(x, y);
        robot.interact(() -> javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(), x, y, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> leaves(TreeItem<PropertyNode> item) {
        List<String> out = new java.util.ArrayList<>();
        for (TreeItem<PropertyNode> child : item.getChildren()) {
            if (child.isLeaf()) {
                out.add(child.getValue().path());
            }
            out.addAll(leaves(child));
        }
        return out;
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("UI did not reach the expected state in 10 s", e);
        }
    }
}
