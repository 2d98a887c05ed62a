package dev.ivsinspector.app;

import dev.ivsinspector.store.WindowLayout;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: the last size and place when they still fit the screen's visual bounds (the
 * screen less task bars and docks), otherwise inside those bounds; maximised on a screen too small for the
 * default size, where every pixel counts.
 *
 * @param x NaN to let the platform place the window
 */
record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** Below this visual size the window opens maximised (a 1366×768 or 1280×720 laptop screen, for example). */
    static final double SMALL_WIDTH = 1440;
    static final double SMALL_HEIGHT = 900;

    /**
     * The window cannot be made smaller than this (or than the screen, if that is smaller still): with both side
     * panes folded, the content needs about this much, and a narrower window would cut it at the right edge.
     */
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 450;

    static WindowPlacement of(WindowLayout layout, Rectangle2D screen, boolean firstStart) {
        double width = Math.min(layout.width(), screen.getWidth());
        double height = Math.min(layout.height(), screen.getHeight());
        boolean small = screen.getWidth() < SMALL_WIDTH || screen.getHeight() < SMALL_HEIGHT;
        boolean maximized = layout.maximized() || firstStart && small;
        if (!layout.hasPosition()) {
            return new WindowPlacement(Double.NaN, Double.NaN, width, height, maximized);
        }
        double x = Math.max(screen.getMinX(), Math.min(layout.x(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(layout.y(), screen.getMaxY() - height));
        return new WindowPlacement(x, y, width, height, maximized);
    }

    /** The stage's minimum size on this screen: never more than the screen's visual bounds. */
    static Rectangle2D minimumSize(Rectangle2D screen) {
        return new Rectangle2D(0, 0, Math.min(MIN_WIDTH, screen.getWidth()), Math.min(MIN_HEIGHT, screen.getHeight()));
    }
}
