package dev.ivsinspector.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar: Tools (compare) and View (theme). */
final class MainMenu {

    private final MenuBar bar;

    MainMenu(Themes themes, Runnable openCompare) {
        MenuItem compare = new MenuItem("Compare configurations…");
        compare.setId("compareMenuItem");
        compare.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        compare.setOnAction(e -> openCompare.run());

        ToggleGroup theme = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        light.setToggleGroup(theme);
        dark.setToggleGroup(theme);
        dark.setId("darkThemeItem");
        light.setSelected(!themes.darkProperty().get());
        dark.setSelected(themes.darkProperty().get());
        themes.darkProperty().addListener((obs, old, now) -> (now ? dark : light).setSelected(true));
        light.setOnAction(e -> themes.darkProperty().set(false));
        dark.setOnAction(e -> themes.darkProperty().set(true));
        // JavaFX 21 has no API for the desktop's dark-mode setting (it came with JavaFX 22): say so instead of guessing.
        MenuItem note = new MenuItem("The system theme is not detected (JavaFX 21)");
        note.setDisable(true);

        bar = new MenuBar(new Menu("Tools", null, compare), new Menu("View", null, light, dark, new SeparatorMenuItem(), note));
    }

    MenuBar bar() {
        return bar;
    }
}
