package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.ui.common.Shortcut;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The inspector's keys, from the {@link Shortcut} table: Ctrl+L (Cmd+L on macOS) to the ARN field, F5 fetches
 * again, Ctrl+F to the tree filter, Esc cancels a running call (or clears the filter when typing there), Ctrl+C
 * on the tree copies the selected value. Enter fetches through the Fetch button, which is the default button.
 */
final class InspectorShortcuts {

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

    /** File › Open ARN… and its key: the ARN field with its text selected, ready for a paste. */
    static void focusArnField(ComboBox<String> arnField) {
        arnField.getEditor().requestFocus();
        arnField.getEditor().selectAll();
    }

    static void install(Scene scene, InspectorViewModel viewModel, ComboBox<String> arnField, TextField filterField,
                        TreeTableView<?> tree) {
        scene.getAccelerators().put(Shortcut.OPEN_ARN.key(), () -> focusArnField(arnField));
        scene.getAccelerators().put(Shortcut.FILTER_TREE.key(), () -> {
            filterField.requestFocus();
            filterField.selectAll();
        });
        scene.getAccelerators().put(Shortcut.REFETCH.key(), viewModel::refetch);
        // A filter event handler, not an accelerator: Esc must reach the running call even when a text field
        // has the focus, and must not close anything else.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.CANCEL.matches(event) && viewModel.busyProperty().get()) {
                viewModel.cancel();
                event.consume();
            }
        });
        filterField.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.CANCEL.matches(event)) {
                filterField.clear();
                tree.requestFocus();
                event.consume();
            }
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.COPY_VALUE.matches(event)) {
                viewModel.rowActions().copySelectedValue();
                event.consume();
            } else if (Shortcut.ROW_MENU.matches(event) || event.getCode() == KeyCode.CONTEXT_MENU) {
                // Not every platform turns these keys into a context-menu request; keyboard users need the menu too.
                showMenuAtSelectedRow(tree);
                event.consume();
            }
        });
    }
}
