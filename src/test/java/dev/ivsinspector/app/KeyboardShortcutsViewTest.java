package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.aws.SdkRecordingsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.testing.MainWindowBuilder;
import dev.ivsinspector.ui.common.Shortcut;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keys the window binds, the menus that show them and Help › Keyboard shortcuts come from one table. */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsViewTest {

    private DemoEndpoint endpoint;
    private SdkIvsGateway gateway;
    private SdkRecordingsGateway recordings;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        endpoint = DemoEndpoint.start();
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
        recordings = new SdkRecordingsGateway(() -> ConnectionSettings.demo(endpoint.uri()));
        window = MainWindowBuilder.mainWindow(gateway).demo(endpoint.uri()).build(stage);
        window.attachRecordings(recordings, stage, url -> { });
        stage.setScene(new Scene(window.root(), 1600, 900));
        stage.show();
    }

    @AfterEach
    void stop() {
        recordings.close();
        gateway.close();
        endpoint.close();
    }

    @Test
    void theShortcutListAndTheBoundKeysAreTheSameSet(FxRobot robot) {
        Set<KeyCombination> bound = new HashSet<>(stage.getScene().getAccelerators().keySet());
        menuItems(menuBar()).map(MenuItem::getAccelerator).filter(key -> key != null).forEach(bound::add);
        // Enter and Esc are the default and cancel buttons' keys; keys of the tree and the browse list are
        // handled there, not by the window.
        Set<KeyCombination> windowWide = Stream.of(Shortcut.values())
                .filter(s -> s.where() == Shortcut.Where.WINDOW || s.where() == Shortcut.Where.ARN_FIELD)
                .flatMap(s -> s.keys().stream()).collect(Collectors.toSet());

        assertThat(bound).containsExactlyInAnyOrderElementsOf(windowWide);

        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> list = shortcutsTable(robot);
        assertThat(list).as("Help › Keyboard shortcuts opens with F1").isNotNull();
        List<String> listed = list.getItems().stream().map(row -> ((Shortcut) row).key().getDisplayText()
                + " " + ((Shortcut) row).description()).toList();
        assertThat(listed).containsExactlyElementsOf(Stream.of(Shortcut.values())
                .map(s -> s.key().getDisplayText() + " " + s.description()).toList());
        assertThat(listed).allMatch(row -> !row.contains("shortcut."), "every row has its text");
        robot.interact(() -> list.getScene().getWindow().hide());
    }

    @Test
    void theMenuKeysDoWhatTheListSays(FxRobot robot) {
        robot.clickOn("#arnEditor");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.B).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.layout().browseHidden()).as("Ctrl+Shift+B hides the browse pane").isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.B).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.layout().browseHidden()).as("and brings it back").isFalse();

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.layout().fontScaleProperty().get()).isEqualTo(1.21);
        assertThat(window.root().getStyle()).contains("-fx-font-size");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.layout().fontScaleProperty().get()).isEqualTo(1.0);
        assertThat(window.root().getStyle()).isEmpty();
    }

    private MenuBar menuBar() {
        return (MenuBar) window.root().lookup("#mainMenu");
    }

    private static Stream<MenuItem> menuItems(MenuBar bar) {
        return bar.getMenus().stream().flatMap(KeyboardShortcutsViewTest::withChildren);
    }

    private static Stream<MenuItem> withChildren(MenuItem item) {
        return item instanceof Menu menu
                ? Stream.concat(Stream.of(item), menu.getItems().stream().flatMap(KeyboardShortcutsViewTest::withChildren))
                : Stream.of(item);
    }

    private static TableView<?> shortcutsTable(FxRobot robot) {
        for (Window w : robot.listWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                Node table = w.getScene().getRoot().lookup("#shortcutsTable");
                if (table instanceof TableView<?> view) {
                    return view;
                }
            }
        }
        return null;
    }
}
