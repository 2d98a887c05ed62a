package dev.ivsinspector.app;

import dev.ivsinspector.ui.common.LayoutState;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.Shortcut;
import dev.ivsinspector.ui.common.UiZoom;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import dev.ivsinspector.ui.inspector.RowActions;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The menu bar: File, Edit, View, Tools, Help, with mnemonics and the accelerators of the {@link Shortcut}
 * table. On macOS it is the system menu bar at the top of the screen.
 */
final class MainMenu {

    /** What the menus do that is not a view-model command. */
    record Actions(Runnable openArn, Runnable quit, Runnable compare, Runnable fitColumns, Runnable shortcuts,
                   Runnable documentation, Runnable about) {
    }

    private final MenuBar bar;

    MainMenu(InspectorViewModel inspector, LayoutState layout, UiZoom zoom, Menu themeMenu, Actions actions) {
        RowActions rows = inspector.rowActions();
        ObservableBooleanValue noJson = inspector.json().availableProperty().not();
        Menu file = menu("menu.file",
                item("menu.file.openArn", Shortcut.OPEN_ARN, actions.openArn()),
                disabledWhen(item("menu.file.exportJson", Shortcut.EXPORT_JSON, inspector.json()::export), noJson),
                new SeparatorMenuItem(),
                item("menu.file.quit", Shortcut.QUIT, actions.quit()));
        Menu edit = menu("menu.edit",
                disabledWhen(item("menu.edit.copyValue", null, rows::copySelectedValue),
                        inspector.selectedNodeProperty().isNull()),
                disabledWhen(item("menu.edit.copyPath", null, rows::copySelectedPath),
                        inspector.selectedNodeProperty().isNull()),
                disabledWhen(item("menu.edit.copyArn", null, rows::copyArn), rows.configurationShownProperty().not()));
        Menu view = menu("menu.view",
                paneItem("menu.view.browse", Shortcut.TOGGLE_BROWSE, layout, true),
                paneItem("menu.view.details", Shortcut.TOGGLE_DETAILS, layout, false),
                item("menu.view.fitColumns", null, actions.fitColumns()),
                new SeparatorMenuItem(),
                themeMenu,
                new SeparatorMenuItem(),
                item("menu.view.zoomIn", Shortcut.ZOOM_IN, zoom::zoomIn),
                item("menu.view.zoomOut", Shortcut.ZOOM_OUT, zoom::zoomOut),
                item("menu.view.zoomReset", Shortcut.ZOOM_RESET, zoom::reset));
        Menu tools = menu("menu.tools", item("menu.tools.compare", Shortcut.COMPARE, actions.compare()));
        Menu help = menu("menu.help",
                item("menu.help.shortcuts", Shortcut.SHORTCUTS, actions.shortcuts()),
                item("menu.help.documentation", null, actions.documentation()),
                new SeparatorMenuItem(),
                item("menu.help.about", null, actions.about()));
        bar = new MenuBar(file, edit, view, tools, help);
        bar.setId("mainMenu");
        // macOS users look for the menus at the top of the screen; elsewhere this does nothing.
        bar.setUseSystemMenuBar(true);
    }

    /** View › Theme. */
    /** View › Theme (System, Light, Dark): see {@link ThemeMenu}. */
    static Menu themeMenu(Themes themes) {
        return ThemeMenu.create(themes, ResourceBundle.getBundle("dev.ivsinspector.i18n.messages"));
    }

    MenuBar bar() {
        return bar;
    }

    /** Menu items from the same table: ids "menuItem.KEY" let tests and the shortcut check find them. */
    private static MenuItem item(String textKey, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(Messages.text(textKey));
        item.setId(textKey);
        if (shortcut != null) {
            item.setAccelerator(shortcut.key());
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem disabledWhen(MenuItem item, ObservableBooleanValue disabled) {
        item.disableProperty().bind(disabled);
        return item;
    }

    /** A check item that shows whether the pane is visible and collapses or restores it. */
    private static CheckMenuItem paneItem(String textKey, Shortcut shortcut, LayoutState layout, boolean browse) {
        CheckMenuItem item = new CheckMenuItem(Messages.text(textKey));
        item.setId(textKey);
        item.setAccelerator(shortcut.key());
        var shown = browse
                ? Bindings.createBooleanBinding(() -> !layout.browseHidden(), layout.browseCollapsedProperty(), layout.browseTooNarrowProperty())
                : Bindings.createBooleanBinding(() -> !layout.detailsHidden(), layout.detailsCollapsedProperty(), layout.detailsTooNarrowProperty());
        item.setSelected(shown.get());
        shown.addListener((obs, old, now) -> item.setSelected(now));
        item.setOnAction(e -> {
            if (browse) {
                layout.toggleBrowse();
            } else {
                layout.toggleDetails();
            }
            item.setSelected(shown.get());
        });
        return item;
    }

    private static Menu menu(String textKey, MenuItem... items) {
        Menu menu = new Menu(Messages.text(textKey), null, items);
        menu.setId(textKey);
        return menu;
    }
}
