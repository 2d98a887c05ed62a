package dev.ivsinspector.app;

import java.util.ResourceBundle;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar: Tools (compare) and View (theme). */
final class MainMenu {

    private final MenuBar bar;

    MainMenu(Themes themes, ResourceBundle messages, Runnable openCompare) {
        MenuItem compare = new MenuItem("Compare configurations…");
        compare.setId("compareMenuItem");
        compare.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        compare.setOnAction(e -> openCompare.run());

        bar = new MenuBar(new Menu("Tools", null, compare), new Menu("View", null, ThemeMenu.create(themes, messages)));
    }

    MenuBar bar() {
        return bar;
    }
}
