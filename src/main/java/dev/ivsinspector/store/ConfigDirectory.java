package dev.ivsinspector.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app keeps its small files (history, window layout): the platform's per-user configuration
 * directory. The system property {@value #OVERRIDE} points elsewhere (tests, portable installs).
 */
public final class ConfigDirectory {

    public static final String OVERRIDE = "ivsinspector.configDir";
    private static final PerUserDirectory KIND = new PerUserDirectory("APPDATA", Path.of("AppData", "Roaming"),
            Path.of("IVS Inspector"), "Application Support", "XDG_CONFIG_HOME", ".config");

    private ConfigDirectory() {
    }

    public static Path resolve() {
        return resolve(System.getProperty(OVERRIDE), System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        return KIND.resolve(override, osName, home, env);
    }
}
