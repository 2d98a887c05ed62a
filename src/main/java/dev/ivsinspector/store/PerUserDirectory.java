package dev.ivsinspector.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A per-user directory of the platform's kind: an override when given, else on Windows under an environment
 * folder (or its usual place in the profile), on macOS under ~/Library, elsewhere under an XDG folder (or its
 * usual place in the home directory).
 *
 * @param windowsVariable  the environment variable naming the Windows folder (APPDATA, LOCALAPPDATA)
 * @param windowsFallback  that folder's usual place under the profile, when the variable is not set
 * @param windowsName      the app's folder (and sub-folders) in it
 * @param macFolder        the folder under ~/Library
 * @param xdgVariable      the XDG variable (XDG_CONFIG_HOME, XDG_CACHE_HOME)
 * @param xdgFallback      its usual place under the home directory
 */
record PerUserDirectory(String windowsVariable, Path windowsFallback, Path windowsName, String macFolder,
                        String xdgVariable, String xdgFallback) {

    Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String folder = env.get(windowsVariable);
            return (folder != null ? Path.of(folder) : Path.of(home).resolve(windowsFallback)).resolve(windowsName);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", macFolder, "IVS Inspector");
        }
        String xdg = env.get(xdgVariable);
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "ivs-inspector") : Path.of(home, xdgFallback, "ivs-inspector");
    }
}
