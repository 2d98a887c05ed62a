package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Focus is visible in both themes: for each kind of control the window has, the pixels around it differ between
 * focused and not focused (the current row of a table or tree, the selected tab, a selected toggle included,
 * which the Primer themes alone draw the same either way).
 */
@ExtendWith(ApplicationExtension.class)
class FocusVisibleViewTest {

    /** A ring is a line around the control: far more than a few anti-aliasing pixels. */
    private static final int CHANGED_PIXELS = 40;

    private VBox root;
    private Button elsewhere;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Supplier<Node>> marked = new LinkedHashMap<>();

    @Start
    void start(Stage stage) {
        elsewhere = new Button("Elsewhere");
        TextField field = new TextField("arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456");
        ToggleButton toggle = new ToggleButton("ACTIVE");
        toggle.setSelected(true);
        TabPane tabs = new TabPane(new Tab("Configuration"), new Tab("JSON"));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TableView<String> table = new TableView<>();
        TableColumn<String, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()));
        table.getColumns().add(name);
        table.getItems().setAll("prod-live-recordings", "esports-finals-hd");
        table.setPrefHeight(110);
        TreeTableView<String> tree = new TreeTableView<>(new TreeItem<>("recordingConfiguration"));
        tree.getRoot().getChildren().setAll(new TreeItem<>("arn"), new TreeItem<>("name"));
        tree.getRoot().setExpanded(true);
        TreeTableColumn<String, String> fieldColumn = new TreeTableColumn<>("Field");
        fieldColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().getValue()));
        tree.getColumns().add(fieldColumn);
        tree.setShowRoot(false);
        tree.setPrefHeight(110);
        controls.put("button", new Button("Fetch"));
        controls.put("text field", field);
        controls.put("check box", new CheckBox("All regions"));
        controls.put("hyperlink", new Hyperlink("Copy the ARN"));
        controls.put("selected toggle", toggle);
        controls.put("tab pane", tabs);
        controls.put("table", table);
        controls.put("tree", tree);
        marked.put("tab pane", () -> tabs.lookup(".tab:selected"));
        marked.put("table", () -> table.lookup(".table-row-cell"));
        marked.put("tree", () -> tree.lookup(".tree-table-row-cell"));
        root = new VBox(12, elsewhere);
        root.setStyle("-fx-padding: 12;");
        root.getChildren().addAll(controls.values());
        stage.setScene(new Scene(root, 560, 720));
        stage.show();
        table.getSelectionModel().select(0);
        tree.getSelectionModel().select(0);
    }

    private Themes themes;

    @AfterEach
    void backToModena(FxRobot robot) {
        // The user-agent stylesheet and the window list are global: later UI tests expect JavaFX's default.
        if (themes != null) {
            robot.interact(themes::remove);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ThemeChoice.class, names = {"LIGHT", "DARK"})
    void everyKindOfControlLooksDifferentWhenFocused(ThemeChoice theme, FxRobot robot) {
        themes = new Themes(theme, new SimpleObjectProperty<>(ColorScheme.LIGHT));
        robot.interact(themes::apply);
        robot.clickOn(elsewhere); // a headless stage takes focus only from a click
        controls.forEach((what, control) -> {
            robot.interact(elsewhere::requestFocus);
            Bounds area = area(marked.getOrDefault(what, () -> control).get());
            WritableImage unfocused = snapshot(robot, area);
            robot.interact(control::requestFocus);
            assertThat(control.isFocused()).as(what + " takes focus").isTrue();
            WritableImage focused = snapshot(robot, area);
            assertThat(changedPixels(unfocused, focused)).as(theme + ": pixels that change when the " + what
                    + " gets focus").isGreaterThan(CHANGED_PIXELS);
        });
    }

    /** The node's bounds in the window and a few pixels around, where a ring drawn outside it shows. */
    private Bounds area(Node node) {
        AtomicReference<Bounds> bounds = new AtomicReference<>();
        Platform.runLater(() -> bounds.set(node.localToScene(node.getBoundsInLocal())));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = bounds.get();
        return new BoundingBox(Math.max(0, b.getMinX() - 4), Math.max(0, b.getMinY() - 4), b.getWidth() + 8, b.getHeight() + 8);
    }

    private WritableImage snapshot(FxRobot robot, Bounds area) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setViewport(new Rectangle2D(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight()));
            image.set(root.snapshot(parameters, null));
        });
        return image.get();
    }

    private static int changedPixels(WritableImage a, WritableImage b) {
        PixelReader x = a.getPixelReader();
        PixelReader y = b.getPixelReader();
        int changed = 0;
        for (int row = 0; row < (int) Math.min(a.getHeight(), b.getHeight()); row++) {
            for (int column = 0; column < (int) Math.min(a.getWidth(), b.getWidth()); column++) {
                changed += x.getArgb(column, row) == y.getArgb(column, row) ? 0 : 1;
            }
        }
        return changed;
    }
}
