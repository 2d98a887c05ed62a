package dev.ivsinspector.ui.common;

import dev.ivsinspector.i18n.Texts;
import java.util.ResourceBundle;

/**
 * The user-visible texts for the UI (the shared {@link Texts}). FXML views get the same bundle through their
 * loader ({@code %key}); Java code asks here. A test may install another bundle (a pseudo-locale) before it
 * builds the window.
 */
public final class Messages {

    public static final String BASE_NAME = Texts.BASE_NAME;

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return Texts.bundle();
    }

    /** Replaces the texts for windows built from now on (tests: the pseudo-locale). */
    public static void install(ResourceBundle texts) {
        Texts.install(texts);
    }

    public static String text(String key) {
        return Texts.text(key);
    }

    /** A MessageFormat pattern ({0}, {1}, ...; two single quotes for one). */
    public static String format(String key, Object... args) {
        return Texts.format(key, args);
    }
}
