package dev.ivsinspector.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.layout.Region;

/**
 * Collapses the side panes by themselves when the window is too narrow for the configuration tree to show
 * every value whole: the details pane first, then the browse pane; they come back when the window is wide
 * enough again. Decided only when the window's width or the tree's need changes, so a pane the user brings
 * back by hand stays until then.
 */
public final class PaneRoom {

    /** Used before a pane has been shown: about what each needs to be useful. */
    private static final double BROWSE_WIDTH = 380;
    private static final double DETAILS_WIDTH = 300;
    private static final double DIVIDERS_AND_TOGGLES = 40;
    /** The inspector's least room, whatever the tree needs: its ARN field with Fetch, Pin and Cancel. */
    private static final double INSPECTOR_WIDTH = 440;

    private final LayoutState layout;
    private final ObservableDoubleValue windowWidth;
    private double browseWidth = BROWSE_WIDTH;
    private double detailsWidth = DETAILS_WIDTH;

    private PaneRoom(LayoutState layout, ObservableDoubleValue windowWidth) {
        this.layout = layout;
        this.windowWidth = windowWidth;
    }

    /**
     * @param window  the window's content, whose width is the room there is
     * @param browse  the browse pane, whose width is remembered while it shows
     * @param details the details pane, likewise
     */
    public static void watch(LayoutState layout, Region window, Region browse, Region details) {
        PaneRoom room = new PaneRoom(layout, window.widthProperty());
        browse.widthProperty().addListener((obs, old, width) -> room.browseWidth = remembered(width, BROWSE_WIDTH));
        details.widthProperty().addListener((obs, old, width) -> room.detailsWidth = remembered(width, DETAILS_WIDTH));
        InvalidationListener decide = o -> room.decide();
        window.widthProperty().addListener(decide);
        layout.treeNeededWidthProperty().addListener(decide);
        room.decide();
    }

    private static double remembered(Number width, double fallback) {
        // A pane being removed reports 0; a very narrow one would be too small to judge by.
        return width.doubleValue() < 120 ? fallback : width.doubleValue();
    }

    private void decide() {
        double width = windowWidth.get();
        if (width <= 0) {
            return;
        }
        double tree = Math.max(layout.treeNeededWidthProperty().get(), INSPECTOR_WIDTH) + DIVIDERS_AND_TOGGLES;
        boolean browseWanted = !layout.browseCollapsedProperty().get();
        boolean detailsWanted = !layout.detailsCollapsedProperty().get();
        boolean browseFits = width - browseWidth >= tree;
        boolean detailsFit = width - (browseWanted && browseFits ? browseWidth : 0) - detailsWidth >= tree;
        layout.detailsTooNarrowProperty().set(detailsWanted && !detailsFit);
        layout.browseTooNarrowProperty().set(browseWanted && !browseFits);
    }
}
