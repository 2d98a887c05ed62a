package dev.ivsinspector.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;

/**
 * View › Zoom: scales the whole window's font (and with it every size the stylesheets give in em) by setting
 * the root's font size to the theme's size times the zoom factor.
 */
public final class UiZoom {

    public static final double STEP = 1.1;
    public static final double MIN = 0.7;
    public static final double MAX = 2.5;

    private final Parent root;
    private final DoubleProperty scale;
    private double themeSize;

    private UiZoom(Parent root, DoubleProperty scale) {
        this.root = root;
        this.scale = scale;
    }

    /** Applies {@code scale} to {@code root} now (when it is not 1) and whenever it changes. */
    public static UiZoom attach(Parent root, DoubleProperty scale) {
        UiZoom zoom = new UiZoom(root, scale);
        scale.addListener((obs, old, now) -> zoom.apply());
        if (scale.get() != 1) {
            zoom.apply();
        }
        return zoom;
    }

    public void zoomIn() {
        scale.set(Math.min(MAX, round(scale.get() * STEP)));
    }

    public void zoomOut() {
        scale.set(Math.max(MIN, round(scale.get() / STEP)));
    }

    public void reset() {
        scale.set(1);
    }

    private void apply() {
        if (themeSize == 0) {
            themeSize = themeFontSize();
        }
        double factor = scale.get();
        root.setStyle(factor == 1 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", themeSize * factor));
    }

    /** The size the theme gives text before any zoom (Modena 13 px on most desktops, AtlantaFX 14 px). */
    private double themeFontSize() {
        String style = root.getStyle();
        root.setStyle("");
        root.applyCss();
        Node label = root.lookup(".label");
        double size = label instanceof Labeled labeled ? labeled.getFont().getSize() : Font.getDefault().getSize();
        root.setStyle(style);
        return size;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
