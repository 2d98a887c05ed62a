package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ThemesViewTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    @AfterEach
    void backToModena(FxRobot robot) {
        // The user-agent stylesheet is global: later UI tests expect JavaFX's default.
        robot.interact(() -> Application.setUserAgentStylesheet(null));
    }

    @Test
    void theViewMenuSwitchesBetweenPrimerLightAndDark_andMarksEveryWindow(FxRobot robot) {
        Themes themes = new Themes(false);
        robot.interact(themes::apply);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(root.getStyleClass()).doesNotContain(Themes.DARK_CLASS);
        assertThat(root.getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-bridge.css"));

        var dark = (javafx.scene.control.RadioMenuItem) MainMenu.themeMenu(themes).getItems().get(1);
        robot.interact(dark::fire);

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(root.getStyleClass()).contains(Themes.DARK_CLASS);
        assertThat(dark.isSelected()).isTrue();
    }
}
