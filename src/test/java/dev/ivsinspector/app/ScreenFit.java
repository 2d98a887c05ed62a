package dev.ivsinspector.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/** What "readable on every screen" means, as checks over a real scene graph. */
final class ScreenFit {

    private ScreenFit() {
    }

    /** Tree cells whose shown text is cut (an ellipsis) although the value is shorter than 64 characters. */
    static List<String> cutTreeCells(TreeTableView<?> tree) {
        List<String> cut = new ArrayList<>();
        int rows = tree.getExpandedItemCount();
        for (int first = 0; first < rows; first += 8) {
            int row = first;
            WaitForAsyncUtils.asyncFx(() -> tree.scrollTo(row));
            WaitForAsyncUtils.waitForFxEvents();
            for (Node node : tree.lookupAll(".tree-table-cell")) {
                if (node instanceof TreeTableCell<?, ?> cell && shownIn(cell, tree) && !cell.isEmpty()
                        && cell.getText() != null && cell.getText().length() < 64) {
                    String shown = shownText(cell);
                    // An ellipsis, not merely other text: a reused cell may still draw its previous row's text.
                    if (shown != null && !shown.equals(cell.getText()) && hasEllipsis(shown) && !cut.contains(cell.getText())) {
                        cut.add(cell.getText() + " shown as " + shown + " (" + Math.round(cell.getWidth()) + " px)"
                                + " col=" + cell.getTableColumn().getText() + "/" + cell.getTableColumn().getWidth() + " idx=" + cell.getIndex()
                                + " row=" + cell.getTableRow().getWidth() + " x=" + cell.getLayoutX() + " rowIdx=" + cell.getTableRow().getIndex());
                    }
                }
            }
        }
        return cut;
    }

    /** Visible up to the tree: the flow keeps spare and measuring cells in hidden parents. */
    private static boolean shownIn(Node node, Node top) {
        for (Node n = node; n != null && n != top; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /**
     * Controls that end outside the window, or outside a pane that clips them (a split pane's side), and labels
     * cut with an ellipsis; rows of lists and tables (which scroll) are left out.
     */
    static List<String> clipped(Scene scene) {
        List<String> problems = new ArrayList<>();
        visit(scene.getRoot(), scene, problems);
        return problems;
    }

    private static void visit(Node node, Scene scene, List<String> problems) {
        // Rows, scrolled content and table headers scroll with their table: they may extend beyond its edge.
        if (!node.isVisible() || node instanceof VirtualFlow<?> || node instanceof ScrollPane
                || node.getStyleClass().contains("column-header-background")) {
            return;
        }
        if (node instanceof Control control && control.getWidth() > 0) {
            Bounds bounds = control.localToScene(control.getLayoutBounds());
            if (bounds.getMinX() < -0.5 || bounds.getMinY() < -0.5 || bounds.getMaxX() > scene.getWidth() + 0.5
                    || bounds.getMaxY() > scene.getHeight() + 0.5) {
                problems.add(describe(control) + " ends outside the window: " + bounds);
            }
            for (Parent clip = control.getParent(); clip != null; clip = clip.getParent()) {
                if (clip.getClip() != null) {
                    Bounds area = clip.localToScene(clip.getLayoutBounds());
                    if (bounds.getMaxX() > area.getMaxX() + 0.5 || bounds.getMinX() < area.getMinX() - 0.5) {
                        problems.add(describe(control) + " is cut off by its pane: " + bounds + " in " + area);
                    }
                    break;
                }
            }
        }
        if (node.getStyleClass().contains("tab-header-area") && tabsOverflow((Parent) node)) {
            problems.add("not every tab fits its tab row: some are reached only through the row's menu");
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String shown = shownText(labeled);
            String expected = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
            if (shown != null && !shown.equals(expected) && hasEllipsis(shown) && !expected.contains("\n")) {
                problems.add(describe(labeled) + " is cut: \"" + shown + "\"");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, problems);
            }
        }
    }

    /** The tab row shows its menu button only when the tab headers do not all fit. */
    private static boolean tabsOverflow(Parent tabHeaderArea) {
        return tabHeaderArea.lookupAll(".tab-down-button").stream().anyMatch(button -> shownIn(button, tabHeaderArea));
    }

    private static boolean hasEllipsis(String shown) {
        return shown.contains("...") || shown.contains("…");
    }

    /** The text a Labeled draws (its skin's Text), which ends in an ellipsis when it does not fit. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    private static String describe(Node node) {
        String name = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + name;
    }
}
