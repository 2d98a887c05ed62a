package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ThemesViewTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    private final List<Themes> made = new ArrayList<>();

    @AfterEach
    void backToModena(FxRobot robot) {
        // The user-agent stylesheet and the window list are global: later UI tests expect JavaFX's default.
        robot.interact(() -> made.forEach(Themes::remove));
    }

    private Themes themes(ThemeChoice initial, ObservableValue<ColorScheme> desktop) {
        Themes themes = new Themes(initial, desktop);
        made.add(themes);
        return themes;
    }

    @Test
    void theViewMenuSwitchesBetweenPrimerLightAndDark_andMarksEveryWindow(FxRobot robot) {
        Themes themes = themes(ThemeChoice.LIGHT, new SimpleObjectProperty<>(ColorScheme.LIGHT));
        robot.interact(themes::apply);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(root.getStyleClass()).doesNotContain(Themes.DARK_CLASS);
        assertThat(root.getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-bridge.css"));

        Menu theme = themeMenu(themes);
        RadioMenuItem dark = item(theme, "theme-dark");
        robot.interact(dark::fire);

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(root.getStyleClass()).contains(Themes.DARK_CLASS);
        assertThat(dark.isSelected()).isTrue();
        assertThat(themes.choiceProperty().get()).isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void removedItGivesBackTheDefaultLookAndLeavesWindowsOpenedLaterAlone(FxRobot robot) throws Exception {
        Themes themes = themes(ThemeChoice.DARK, new SimpleObjectProperty<>(ColorScheme.LIGHT));
        robot.interact(themes::apply);
        assertThat(root.getStyleClass()).contains(Themes.DARK_CLASS);

        robot.interact(themes::remove);
        Stage later = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 100, 100));
            stage.show();
            return stage;
        }).get(10, TimeUnit.SECONDS);

        assertThat(Application.getUserAgentStylesheet()).isNull();
        assertThat(root.getStyleClass()).doesNotContain(Themes.DARK_CLASS);
        assertThat(root.getScene().getStylesheets()).noneMatch(s -> s.endsWith("theme-bridge.css"));
        assertThat(later.getScene().getStylesheets()).noneMatch(s -> s.endsWith("theme-bridge.css"));
        robot.interact(later::close);
    }

    @Test
    void systemFollowsTheDesktopAtStartAndWhenItChanges(FxRobot robot) {
        ObjectProperty<ColorScheme> desktop = new SimpleObjectProperty<>(ColorScheme.DARK);
        Themes themes = themes(ThemeChoice.SYSTEM, desktop);
        robot.interact(themes::apply);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(item(themeMenu(themes), "theme-system").isSelected()).isTrue();

        robot.interact(() -> desktop.set(ColorScheme.LIGHT));
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(root.getStyleClass()).doesNotContain(Themes.DARK_CLASS);

        robot.interact(() -> desktop.set(ColorScheme.DARK));
        assertThat(root.getStyleClass()).contains(Themes.DARK_CLASS);
    }

    @Test
    void aChosenThemeStaysWhateverTheDesktopDoes_untilSystemIsChosenAgain(FxRobot robot) {
        ObjectProperty<ColorScheme> desktop = new SimpleObjectProperty<>(ColorScheme.LIGHT);
        Themes themes = themes(ThemeChoice.DARK, desktop);
        robot.interact(themes::apply);
        Menu theme = themeMenu(themes);

        robot.interact(() -> desktop.set(ColorScheme.DARK));
        robot.interact(() -> desktop.set(ColorScheme.LIGHT));
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");

        robot.interact(item(theme, "theme-system")::fire);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(theme.getItems()).extracting(MenuItem::getId).containsExactly("theme-system", "theme-light", "theme-dark");
    }

    @Test
    void aScenePreparedBeforeItsWindowShowsIsNotRestyledWhenItOpens(FxRobot robot) {
        Themes themes = themes(ThemeChoice.DARK, new SimpleObjectProperty<>(ColorScheme.LIGHT));
        robot.interact(themes::apply);
        StackPane otherRoot = new StackPane();
        int[] stylesheetChanges = {0};
        int[] classChanges = {0};
        robot.interact(() -> {
            Scene scene = new Scene(otherRoot, 200, 100);
            themes.prepare(scene);
            assertThat(scene.getStylesheets()).anyMatch(s -> s.endsWith("theme-bridge.css"));
            assertThat(otherRoot.getStyleClass()).contains(Themes.DARK_CLASS);
            // Any change to these lists restyles the whole window once more.
            scene.getStylesheets().addListener((ListChangeListener<String>) c -> stylesheetChanges[0]++);
            otherRoot.getStyleClass().addListener((ListChangeListener<String>) c -> classChanges[0]++);
            themes.prepare(scene);
            assertThat(classChanges[0]).as("style class changes when the theme is the same").isZero();
            Stage other = new Stage();
            other.setScene(scene);
            other.show();
            other.close();
        });
        assertThat(stylesheetChanges[0]).as("changes to the scene's stylesheets when its window opens").isZero();
    }

    private static Menu themeMenu(Themes themes) {
        return MainMenu.themeMenu(themes);
    }

    private static RadioMenuItem item(Menu menu, String id) {
        return (RadioMenuItem) menu.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
