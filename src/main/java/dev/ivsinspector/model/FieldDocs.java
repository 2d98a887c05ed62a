package dev.ivsinspector.model;

import dev.ivsinspector.i18n.Texts;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Our own descriptions, defaults and ranges of API members, keyed by JSON path with list indices written
 * as [] and map keys as *, e.g. recordingConfiguration.renditionConfiguration.renditions[].
 * Kept in a resource bundle so the text can be reviewed and translated without touching code.
 */
public final class FieldDocs {

    static final String UNDOCUMENTED = Texts.text("fieldDocs.undocumented");

    private final ResourceBundle bundle;

    public FieldDocs(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static FieldDocs load() {
        return new FieldDocs(ResourceBundle.getBundle("dev.ivsinspector.model.field-docs"));
    }

    public String description(String docPath) {
        String text = get(docPath + ".description");
        return text == null ? UNDOCUMENTED : text;
    }

    public String defaultValue(String docPath) {
        return get(docPath + ".default");
    }

    public String range(String docPath) {
        return get(docPath + ".range");
    }

    private String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
