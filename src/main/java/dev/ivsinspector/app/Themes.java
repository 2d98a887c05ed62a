package dev.ivsinspector.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * Light and dark themes (AtlantaFX Primer). JavaFX 21 cannot tell whether the desktop is in dark mode
 * (Platform.getPreferences() arrived in JavaFX 22), so the app starts light, or as the user last chose,
 * and the View menu switches. Besides the user-agent stylesheet, every window's root gets the style class
 * "theme-dark", which our own stylesheets use for the few colours they set themselves.
 */
public final class Themes {

    public static final String DARK_CLASS = "theme-dark";

    private static final String BRIDGE = Themes.class.getResource("theme-bridge.css").toExternalForm();

    private final BooleanProperty dark = new SimpleBooleanProperty();
    /** Until the app applies a theme, JavaFX's default (Modena) stays, e.g. in UI tests. */
    private boolean applied;

    public Themes(boolean startDark) {
        dark.set(startDark);
        dark.addListener((obs, old, now) -> apply());
        // New windows (compare, dialogs) take the current theme when they open.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> markAll());
    }

    /** Sets the stylesheet for the whole application; call once on the FX thread before showing windows. */
    public void apply() {
        applied = true;
        Application.setUserAgentStylesheet(dark.get() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        markAll();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    private void markAll() {
        if (!applied) {
            return;
        }
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                if (!window.getScene().getStylesheets().contains(BRIDGE)) {
                    window.getScene().getStylesheets().add(BRIDGE);
                }
                mark(window.getScene().getRoot());
            }
        }
    }

    void mark(Parent root) {
        root.getStyleClass().remove(DARK_CLASS);
        if (dark.get()) {
            root.getStyleClass().add(DARK_CLASS);
        }
    }
}
