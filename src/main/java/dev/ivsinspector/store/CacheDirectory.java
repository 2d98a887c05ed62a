package dev.ivsinspector.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app keeps files it can always make again (thumbnails): the platform's per-user cache directory,
 * which backup tools and disk cleaners know to skip. The system property {@value #OVERRIDE} points elsewhere
 * (tests, benchmarks).
 */
public final class CacheDirectory {

    public static final String OVERRIDE = "ivsinspector.cacheDir";
    private static final PerUserDirectory KIND = new PerUserDirectory("LOCALAPPDATA", Path.of("AppData", "Local"),
            Path.of("IVS Inspector", "Cache"), "Caches", "XDG_CACHE_HOME", ".cache");

    private CacheDirectory() {
    }

    public static Path resolve() {
        return resolve(System.getProperty(OVERRIDE), System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        return KIND.resolve(override, osName, home, env);
    }
}
