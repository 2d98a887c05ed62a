package dev.ivsinspector.app;

import java.util.Locale;

/** The theme the user chose in View › Theme; SYSTEM follows the desktop's light or dark mode. */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK;

    /** As remembered in window.json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An unknown or missing id (an older or damaged window.json) means SYSTEM. */
    public static ThemeChoice fromId(String id) {
        for (ThemeChoice choice : values()) {
            if (choice.id().equals(id)) {
                return choice;
            }
        }
        return SYSTEM;
    }
}
