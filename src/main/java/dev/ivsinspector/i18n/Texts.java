package dev.ivsinspector.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts (i18n/messages.properties and its translations), loaded once, for every layer: the
 * model, store and AWS code build messages here without knowing JavaFX, and the UI's {@code Messages} reads the
 * same bundle, so a test that installs a pseudo-locale changes every text at once.
 */
public final class Texts {

    public static final String BASE_NAME = "dev.ivsinspector.i18n.messages";

    private static volatile ResourceBundle bundle;

    private Texts() {
    }

    public static ResourceBundle bundle() {
        ResourceBundle loaded = bundle;
        if (loaded == null) {
            loaded = ResourceBundle.getBundle(BASE_NAME, Locale.getDefault());
            bundle = loaded;
        }
        return loaded;
    }

    /** Replaces the texts for everything built from now on (tests: the pseudo-locale); null goes back. */
    public static void install(ResourceBundle texts) {
        bundle = texts;
    }

    public static String text(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            // A missing translation must not take a window down; the key at least says what is missing.
            return key;
        }
    }

    /** A MessageFormat pattern ({0}, {1}, ...; two single quotes for one). */
    public static String format(String key, Object... args) {
        Locale locale = bundle().getLocale();
        return new MessageFormat(text(key), locale == null || locale.getLanguage().isEmpty() ? Locale.getDefault() : locale)
                .format(args);
    }
}
