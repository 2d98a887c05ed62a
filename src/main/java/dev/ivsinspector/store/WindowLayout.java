package dev.ivsinspector.store;

/**
 * Where the main window was and how it was split, plus the chosen theme; restored at the next start.
 * Nothing else: no ARNs, profiles or anything secret.
 *
 * @param x                 left edge, NaN when unknown (let the platform place the window)
 * @param y                 top edge, NaN when unknown
 * @param width             window width
 * @param height            window height
 * @param maximized         whether the window was maximized
 * @param browseDivider     position of the divider between browse list and inspector (0..1)
 * @param inspectorDivider  position of the divider between tree and member details (0..1)
 * @param theme             the theme chosen: "system", "light" or "dark"
 * @param panes             which panes are collapsed, the tree's Field column width and the UI zoom
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                           double browseDivider, double inspectorDivider, String theme, Panes panes) {

    /**
     * @param fieldColumnWidth the width the user gave the tree's Field column, NaN to fit its longest name
     * @param browseCollapsed  the user collapsed the browse pane
     * @param detailsCollapsed the user collapsed the details pane (selected member and insights)
     * @param fontScale        UI zoom, 1 = the theme's font size
     */
    public record Panes(double fieldColumnWidth, boolean browseCollapsed, boolean detailsCollapsed, double fontScale) {
        public static final Panes DEFAULT = new Panes(Double.NaN, false, false, 1);

        public Panes {
            fontScale = Double.isNaN(fontScale) || fontScale < 0.5 || fontScale > 3 ? 1 : fontScale;
            fieldColumnWidth = fieldColumnWidth < 40 ? Double.NaN : fieldColumnWidth;
        }
    }

    private static final double DEFAULT_BROWSE = 0.32;
    private static final double DEFAULT_INSPECTOR = 0.63;
    public static final WindowLayout DEFAULT = new WindowLayout(Double.NaN, Double.NaN, 1440, 960, false,
            DEFAULT_BROWSE, DEFAULT_INSPECTOR, "system", Panes.DEFAULT);

    public WindowLayout(double x, double y, double width, double height, boolean maximized,
                        double browseDivider, double inspectorDivider, String theme) {
        this(x, y, width, height, maximized, browseDivider, inspectorDivider, theme, Panes.DEFAULT);
    }

    public WindowLayout {
        browseDivider = clamp(browseDivider, DEFAULT_BROWSE);
        inspectorDivider = clamp(inspectorDivider, DEFAULT_INSPECTOR);
        panes = panes == null ? Panes.DEFAULT : panes;
    }

    private static double clamp(double divider, double fallback) {
        return Double.isNaN(divider) || divider < 0.05 || divider > 0.95 ? fallback : divider;
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
