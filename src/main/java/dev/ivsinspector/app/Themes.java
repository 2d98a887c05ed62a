package dev.ivsinspector.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Light and dark themes (AtlantaFX Primer). The user chooses System, Light or Dark; System follows the
 * desktop's colour scheme ({@code Platform.getPreferences().colorSchemeProperty()}), also when it changes while
 * the app runs. Besides the user-agent stylesheet, every window's root gets the style class "theme-dark",
 * which our own stylesheets use for the few colours they set themselves.
 */
public final class Themes {

    public static final String DARK_CLASS = "theme-dark";

    private static final String BRIDGE = Themes.class.getResource("theme-bridge.css").toExternalForm();

    private final ObjectProperty<ThemeChoice> choice;
    private final BooleanBinding dark;
    private final ListChangeListener<Window> windowsOpening = change -> markAll();
    /** Until the app applies a theme, JavaFX's default (Modena) stays, e.g. in UI tests. */
    private boolean applied;

    /**
     * @param desktopScheme the desktop's colour scheme; the app passes the platform preference, tests their own
     */
    public Themes(ThemeChoice initial, ObservableValue<ColorScheme> desktopScheme) {
        choice = new SimpleObjectProperty<>(initial);
        dark = Bindings.createBooleanBinding(() -> switch (choice.get()) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> desktopScheme.getValue() == ColorScheme.DARK;
        }, choice, desktopScheme);
        dark.addListener((obs, old, now) -> {
            if (applied) {
                apply();
            }
        });
        // New windows (compare, dialogs) take the current theme when they open.
        Window.getWindows().addListener(windowsOpening);
    }

    /**
     * Gives back JavaFX's default look and stops styling windows that open from now on: the window list and the
     * user-agent stylesheet are global, and windows opened later must not get this theme's stylesheet on top of
     * another look (its colours are the theme's, unknown to Modena).
     */
    public void remove() {
        Window.getWindows().removeListener(windowsOpening);
        applied = false;
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                window.getScene().getStylesheets().remove(BRIDGE);
                window.getScene().getRoot().getStyleClass().remove(DARK_CLASS);
            }
        }
        Application.setUserAgentStylesheet(null);
    }

    /** Sets the stylesheet for the whole application; call once on the FX thread before showing windows. */
    public void apply() {
        applied = true;
        Application.setUserAgentStylesheet(dark.get() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        markAll();
    }

    /** What the user chose; the View menu sets it and window.json remembers it. */
    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** Whether the dark theme is showing now. */
    public ObservableBooleanValue darkProperty() {
        return dark;
    }

    /**
     * Gives a scene the theme before its window shows. The window list's listener would do it when the window
     * opens, but a stylesheet added to a shown scene restyles every node in it once more in the next pulse.
     */
    public void prepare(Scene scene) {
        if (applied) {
            style(scene);
        }
    }

    private void markAll() {
        if (!applied) {
            return;
        }
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                style(window.getScene());
            }
        }
    }

    private void style(Scene scene) {
        if (!scene.getStylesheets().contains(BRIDGE)) {
            scene.getStylesheets().add(BRIDGE);
        }
        mark(scene.getRoot());
    }

    /** Changes the root's style classes only when the theme differs: any change restyles the whole window. */
    void mark(Parent root) {
        boolean marked = root.getStyleClass().contains(DARK_CLASS);
        if (marked && !dark.get()) {
            root.getStyleClass().remove(DARK_CLASS);
        } else if (!marked && dark.get()) {
            root.getStyleClass().add(DARK_CLASS);
        }
    }
}
