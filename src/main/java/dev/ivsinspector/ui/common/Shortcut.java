package dev.ivsinspector.ui.common;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the main window, in one table: the menus and the views bind their keys from
 * here, and Help › Keyboard shortcuts lists this table, so the list cannot drift from what the keys do.
 * "Shortcut" is Ctrl, or Cmd on macOS.
 */
public enum Shortcut {
    OPEN_ARN(Where.WINDOW, key(KeyCode.L, KeyCombination.SHORTCUT_DOWN)),
    EXPORT_JSON(Where.WINDOW, key(KeyCode.S, KeyCombination.SHORTCUT_DOWN)),
    QUIT(Where.WINDOW, key(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)),
    FETCH(Where.ARN_FIELD, key(KeyCode.ENTER)),
    REFETCH(Where.WINDOW, key(KeyCode.F5)),
    CANCEL(Where.WINDOW, key(KeyCode.ESCAPE)),
    FILTER_TREE(Where.WINDOW, key(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
    COPY_VALUE(Where.TREE, key(KeyCode.C, KeyCombination.SHORTCUT_DOWN)),
    ROW_MENU(Where.TREE, key(KeyCode.F10, KeyCombination.SHIFT_DOWN)),
    LIST_AGAIN(Where.BROWSE, key(KeyCode.F5)),
    OPEN_ROW(Where.BROWSE, key(KeyCode.ENTER)),
    TOGGLE_BROWSE(Where.WINDOW, key(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    TOGGLE_DETAILS(Where.WINDOW, key(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ZOOM_IN(Where.WINDOW, key(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            key(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), key(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN)),
    ZOOM_OUT(Where.WINDOW, key(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            key(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN)),
    ZOOM_RESET(Where.WINDOW, key(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
            key(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN)),
    OPEN_RECORDINGS(Where.WINDOW, key(KeyCode.R, KeyCombination.SHORTCUT_DOWN)),
    COMPARE(Where.WINDOW, key(KeyCode.D, KeyCombination.SHORTCUT_DOWN)),
    SHORTCUTS(Where.WINDOW, key(KeyCode.F1)),
    /** JavaFX's own key for the menu bar (the Alt+letter of a menu works as well). */
    MENU_BAR(Where.WINDOW, key(KeyCode.F10));

    /** Where a key works: anywhere in the window, or only while a part of it has the focus. */
    public enum Where { WINDOW, ARN_FIELD, TREE, BROWSE }

    private final Where where;
    private final List<KeyCombination> keys;

    Shortcut(Where where, KeyCombination... keys) {
        this.where = where;
        this.keys = List.of(keys);
    }

    /** The key shown in menus and in the list. */
    public KeyCombination key() {
        return keys.get(0);
    }

    /** The key and its alternatives (the number pad's, or "+" typed without Shift). */
    public List<KeyCombination> keys() {
        return keys;
    }

    public Where where() {
        return where;
    }

    /** What the key does, for the list: messages key {@code shortcut.<NAME>}. */
    public String description() {
        return Messages.text("shortcut." + name());
    }

    public String whereText() {
        return Messages.text("shortcut.where." + where.name());
    }

    public boolean matches(javafx.scene.input.KeyEvent event) {
        return keys.stream().anyMatch(key -> key.match(event));
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
