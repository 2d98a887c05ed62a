package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.PropertyNode;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.util.Duration;

/**
 * A cell of the tree's Value column. A value too long for the column is cut in the middle, so both the
 * start ("arn:aws:ivs:…") and the resource id or bucket suffix stay readable; the tooltip has the whole text.
 */
final class ValueCell extends TreeTableCell<PropertyNode, String> {

    private final Tooltip whole = new Tooltip();

    ValueCell() {
        setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        whole.setShowDelay(Duration.millis(400));
        whole.setWrapText(true);
        whole.setMaxWidth(640);
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        if (empty || value == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(value);
        whole.setText(value);
        setTooltip(value.isEmpty() ? null : whole);
    }
}
