package dev.ivsinspector.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps files it can always make again (thumbnails): the platform's per-user cache directory,
 * which backup tools and disk cleaners know to skip. The system property {@value #OVERRIDE} points elsewhere
 * (tests, benchmarks).
 */
public final class CacheDirectory {

    public static final String OVERRIDE = "ivsinspector.cacheDir";

    private CacheDirectory() {
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
            String local = env.get("LOCALAPPDATA");
            return local != null ? Path.of(local, "IVS Inspector", "Cache")
                    : Path.of(home, "AppData", "Local", "IVS Inspector", "Cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "IVS Inspector");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "ivs-inspector") : Path.of(home, ".cache", "ivs-inspector");
    }
}
