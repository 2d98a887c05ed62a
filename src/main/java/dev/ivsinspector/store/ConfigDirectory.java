package dev.ivsinspector.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its small files (history, window layout): the platform's per-user configuration
 * directory. The system property {@value #OVERRIDE} points elsewhere (tests, portable installs).
 */
public final class ConfigDirectory {

    public static final String OVERRIDE = "ivsinspector.configDir";

    private ConfigDirectory() {
    }

    public static Path resolve() {
        return resolve(System.getProperty(OVERRIDE), System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "IVS Inspector") : Path.of(home, "AppData", "Roaming", "IVS Inspector");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "IVS Inspector");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "ivs-inspector") : Path.of(home, ".config", "ivs-inspector");
    }
}
