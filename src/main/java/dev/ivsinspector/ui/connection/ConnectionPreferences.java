package dev.ivsinspector.ui.connection;

import java.util.prefs.Preferences;

/**
 * Remembers the chosen profile and region between runs. Names only: no key, token or secret is ever stored.
 * The app gives it a node of its own preferences file (store/AppPreferences).
 */
public final class ConnectionPreferences {

    private static final String PROFILE = "connection.profile";
    private static final String REGION = "connection.region";

    private final Preferences node;

    public ConnectionPreferences(Preferences node) {
        this.node = node;
    }

    public String profile() {
        return node.get(PROFILE, null);
    }

    public String region() {
        return node.get(REGION, null);
    }

    public void remember(String profile, String region) {
        put(PROFILE, profile);
        put(REGION, region);
    }

    private void put(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }
}
