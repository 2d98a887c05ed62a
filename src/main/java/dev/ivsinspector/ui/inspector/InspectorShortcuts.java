package dev.ivsinspector.ui.inspector;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The inspector's keyboard: Ctrl+L (Cmd+L on macOS) to the ARN field, F5 fetches again, Ctrl+F to the tree
 * filter, Esc cancels a running call (or clears the filter when typing there), Ctrl+C on the tree copies the
 * selected value. Enter fetches through the Fetch button, which is the default button.
 */
final class InspectorShortcuts {

    static final KeyCombination FOCUS_ARN = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FILTER = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REFETCH = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination MENU = new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);

    private InspectorShortcuts() {
    }

    private static void showMenuAtSelectedRow(TreeTableView<?> tree) {
        int selected = tree.getSelectionModel().getSelectedIndex();
        javafx.scene.Node anchor = tree;
        for (javafx.scene.Node node : tree.lookupAll(".tree-table-row-cell")) {
            if (node instanceof javafx.scene.control.TreeTableRow<?> row && row.getIndex() == selected && row.isVisible()) {
                anchor = row;
            }
        }
        if (tree.getContextMenu() != null) {
            tree.getContextMenu().show(anchor, javafx.geometry.Side.BOTTOM, 40, 0);
        }
    }

    static void install(Scene scene, InspectorViewModel viewModel, ComboBox<String> arnField, TextField filterField,
                        TreeTableView<?> tree) {
        scene.getAccelerators().put(FOCUS_ARN, () -> {
            arnField.getEditor().requestFocus();
            arnField.getEditor().selectAll();
        });
        scene.getAccelerators().put(FILTER, () -> {
            filterField.requestFocus();
            filterField.selectAll();
        });
        scene.getAccelerators().put(REFETCH, viewModel::refetch);
        // A filter event handler, not an accelerator: Esc must reach the running call even when a text field
        // has the focus, and must not close anything else.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.busyProperty().get()) {
                viewModel.cancel();
                event.consume();
            }
        });
        filterField.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                filterField.clear();
                tree.requestFocus();
                event.consume();
            }
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event)) {
                viewModel.rowActions().copySelectedValue();
                event.consume();
            } else if (MENU.match(event) || event.getCode() == KeyCode.CONTEXT_MENU) {
                // Not every platform turns these keys into a context-menu request; keyboard users need the menu too.
                showMenuAtSelectedRow(tree);
                event.consume();
            }
        });
    }
}
