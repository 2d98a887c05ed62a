package dev.ivsinspector.app;

import java.util.ResourceBundle;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View › Theme: System, Light and Dark, one of them checked; a menu bar includes it as it is. */
public final class ThemeMenu {

    private ThemeMenu() {
    }

    public static Menu create(Themes themes, ResourceBundle messages) {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(messages.getString("menu.view.theme"));
        menu.setId("themeMenu");
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.getString("menu.view.theme." + choice.id()));
            item.setId("theme-" + choice.id());
            item.setToggleGroup(group);
            item.setSelected(themes.choiceProperty().get() == choice);
            item.setOnAction(e -> themes.choiceProperty().set(choice));
            themes.choiceProperty().addListener((obs, old, now) -> item.setSelected(now == choice));
            menu.getItems().add(item);
        }
        return menu;
    }
}
