package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.PropertyNode;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TreeTableRowSkin;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Makes the tree's Field column as wide as its longest name (indent included), or as wide as the user
 * dragged it (remembered); the Value column, last and flexible, takes all the rest. {@link #reset()} goes
 * back to fitting.
 */
final class FieldColumnFit {

    /** Before the first rows have their skin and CSS: JavaFX's default indent per level and disclosure arrow. */
    private static final double DEFAULT_INDENT = 10;
    private static final double DEFAULT_DISCLOSURE = 18;
    /** The cell's own padding and some room, so that a name does not touch the column's edge. */
    private static final double CELL_PADDING = 8 + 14;
    /** Values up to this length must read whole when the window has room for them. */
    static final int WHOLE_VALUE_CHARS = 64;
    private static final double MIN_VALUE_WIDTH = 120;
    /** The longest member name and where it sits; tag keys may be longer, then the tree's own names count. */
    private static final String REFERENCE_NAME = "recordingReconnectWindowSeconds";
    private static final int REFERENCE_LEVEL = 1;
    /** A bucket name of the greatest length S3 allows (63), the widest value a configuration usually has. */
    private static final String REFERENCE_VALUE = "quokka-vod-archive.prod-live-recordings.eu-central-1.media-0001";
    /** A vertical scroll bar and the table's border: the Value column ends before them, so no sideways scrolling. */
    private static final double SCROLL_BAR_AND_BORDER = 20;

    private final TreeTableView<PropertyNode> tree;
    private final TreeTableColumn<PropertyNode, String> fieldColumn;
    private final DoubleProperty userWidth;
    private List<PropertyNode> nodes = List.of();
    private boolean fitting;

    FieldColumnFit(TreeTableView<PropertyNode> tree, TreeTableColumn<PropertyNode, String> fieldColumn,
                   TreeTableColumn<PropertyNode, String> valueColumn, DoubleProperty userWidth) {
        this.tree = tree;
        this.fieldColumn = fieldColumn;
        this.userWidth = userWidth;
        // The Value column is what is left: not a resize policy's share, which gave the Field column room it
        // does not need. Only the Field column's edge can be dragged.
        tree.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        valueColumn.setResizable(false);
        valueColumn.prefWidthProperty().bind(Bindings.max(MIN_VALUE_WIDTH,
                tree.widthProperty().subtract(fieldColumn.widthProperty()).subtract(SCROLL_BAR_AND_BORDER)));
        // A drag on the header's edge is the user's choice; widths set here or by the resize policy are not.
        tree.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> rememberDraggedWidth(e));
        userWidth.addListener((obs, old, now) -> apply());
    }

    void show(List<PropertyNode> nodes) {
        this.nodes = nodes;
        apply();
    }

    void reset() {
        userWidth.set(Double.NaN);
        apply();
    }

    /**
     * What the tree needs so that any configuration's names and values under {@link #WHOLE_VALUE_CHARS}
     * characters read whole: the longest names and a 63-character bucket name, in the cells' font. It does not
     * depend on the configuration shown, so the side panes do not come and go from one configuration to the next.
     * Nothing while no configuration is shown: the browse pane is then what the window is for.
     */
    double neededWidth() {
        if (nodes.isEmpty()) {
            return 0;
        }
        Font font = cellFont();
        double referenceName = REFERENCE_LEVEL * indent() + textWidth(REFERENCE_NAME, font) + disclosure() + CELL_PADDING;
        return Math.max(fieldWidth(font), referenceName) + textWidth(REFERENCE_VALUE, font) + 12 + SCROLL_BAR_AND_BORDER;
    }

    void apply() {
        double width = Double.isNaN(userWidth.get()) ? fieldWidth(cellFont()) : userWidth.get();
        fitting = true;
        try {
            fieldColumn.setPrefWidth(width);
            fieldColumn.setMinWidth(Math.min(width, 80));
        } finally {
            fitting = false;
        }
    }

    private void rememberDraggedWidth(MouseEvent event) {
        if (!fitting && event.getTarget() instanceof Node target && inHeader(target)
                && Math.abs(fieldColumn.getWidth() - fieldWidth(cellFont())) > 1) {
            userWidth.set(fieldColumn.getWidth());
        }
    }

    private static boolean inHeader(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("column-header-background")) {
                return true;
            }
        }
        return false;
    }

    private double fieldWidth(Font font) {
        double header = textWidth(fieldColumn.getText(), font) + 24;
        return Math.ceil(Math.max(header, nameWidth(nodes, 0, font, indent()) + disclosure() + CELL_PADDING));
    }

    private static double nameWidth(List<PropertyNode> nodes, int level, Font font, double indent) {
        double widest = 0;
        for (PropertyNode node : nodes) {
            widest = Math.max(widest, level * indent + textWidth(node.name(), font));
            widest = Math.max(widest, nameWidth(node.children(), level + 1, font, indent));
        }
        return widest;
    }

    /** The rows' indent per level, as the theme sets it (-fx-indent). */
    private double indent() {
        Node row = tree.lookup(".tree-table-row-cell");
        return row instanceof TreeTableRow<?> treeRow && treeRow.getSkin() instanceof TreeTableRowSkin<?> skin
                ? skin.getIndent() : DEFAULT_INDENT;
    }

    /** The room every row keeps for the disclosure arrow before the name, leaves included. */
    private double disclosure() {
        Node arrow = tree.lookup(".tree-disclosure-node");
        return arrow instanceof Region region && region.getWidth() > 0 ? region.getWidth() : DEFAULT_DISCLOSURE;
    }

    /** The cells' font as CSS made it (theme and zoom); before the first rows, the platform's. */
    private Font cellFont() {
        Node cell = tree.lookup(".tree-table-row-cell .tree-table-cell");
        return cell instanceof javafx.scene.control.Labeled labeled ? labeled.getFont() : Font.getDefault();
    }

    private static double textWidth(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
