package dev.ivsinspector.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * What the user chose about the window's layout, shared by the views that apply it and the app that stores
 * it: collapsed panes, the tree's Field column width (NaN: as wide as its longest name) and the UI zoom.
 */
public final class LayoutState {

    private final DoubleProperty fieldColumnWidth = new SimpleDoubleProperty(Double.NaN);
    private final BooleanProperty browseCollapsed = new SimpleBooleanProperty();
    private final BooleanProperty detailsCollapsed = new SimpleBooleanProperty();
    private final DoubleProperty fontScale = new SimpleDoubleProperty(1);
    private final BooleanProperty browseTooNarrow = new SimpleBooleanProperty();
    private final BooleanProperty detailsTooNarrow = new SimpleBooleanProperty();
    private final DoubleProperty treeNeededWidth = new SimpleDoubleProperty();

    public DoubleProperty fieldColumnWidthProperty() {
        return fieldColumnWidth;
    }

    /** The user's choice; the window may still hide the pane for a while when it is too narrow. */
    public BooleanProperty browseCollapsedProperty() {
        return browseCollapsed;
    }

    public BooleanProperty detailsCollapsedProperty() {
        return detailsCollapsed;
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    /** Set while the window has no room for the browse pane; the user's choice stays as it is. */
    public BooleanProperty browseTooNarrowProperty() {
        return browseTooNarrow;
    }

    public BooleanProperty detailsTooNarrowProperty() {
        return detailsTooNarrow;
    }

    /** What the configuration tree needs to show every name and every value up to 64 characters whole. */
    public DoubleProperty treeNeededWidthProperty() {
        return treeNeededWidth;
    }

    public boolean browseHidden() {
        return browseCollapsed.get() || browseTooNarrow.get();
    }

    public boolean detailsHidden() {
        return detailsCollapsed.get() || detailsTooNarrow.get();
    }

    /** The View menu's command: collapses a shown pane, brings back a hidden one even when the window is narrow. */
    public void toggleBrowse() {
        toggle(browseCollapsed, browseTooNarrow);
    }

    public void toggleDetails() {
        toggle(detailsCollapsed, detailsTooNarrow);
    }

    private static void toggle(BooleanProperty collapsed, BooleanProperty tooNarrow) {
        boolean hidden = collapsed.get() || tooNarrow.get();
        tooNarrow.set(false);
        collapsed.set(!hidden);
    }
}
