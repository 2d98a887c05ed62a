package dev.ivsinspector.store;

import dev.ivsinspector.i18n.Texts;
import dev.ivsinspector.model.Bounds;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's small choices (profile, region, account) in preferences.properties in the config directory, with
 * its other files: a private HOME or --configDir isolates them, which Java's own preferences under
 * ~/.java/.userPrefs did not. Values written under {@code dev/ivsinspector} in Java's preferences by earlier
 * versions are copied once, when the file does not exist yet. Writes go to a background thread, newest wins;
 * the first failure to save is reported once to the listener.
 */
public final class AppPreferences {

    static final String FILE = "preferences.properties";
    /** Where earlier versions kept the same values in Java's preferences. */
    static final String LEGACY_NODE = "dev/ivsinspector";
    private static final Logger LOG = LoggerFactory.getLogger(AppPreferences.class);

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "save-preferences");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean failureReported = new AtomicBoolean();
    private volatile Consumer<String> onSaveFailure = message -> { };
    private boolean savePending;

    private AppPreferences(Path file) {
        this.file = file;
    }

    /** The user's preferences in the app's config directory; the old Java preferences are read only to migrate them. */
    public static AppPreferences forUser() {
        return open(ConfigDirectory.resolve(), () -> legacyNode());
    }

    private static Preferences legacyNode() {
        try {
            Preferences root = Preferences.userRoot();
            return root.nodeExists(LEGACY_NODE) ? root.node(LEGACY_NODE) : null;
        } catch (BackingStoreException | RuntimeException e) {
            return null;
        }
    }

    /** Opens the file in {@code directory}, copying the old Java preferences node once when there is no file. */
    public static AppPreferences open(Path directory, Supplier<Preferences> legacy) {
        AppPreferences preferences = new AppPreferences(directory.resolve(FILE));
        if (!preferences.read()) {
            preferences.migrate(legacy.get(), "");
            if (!preferences.values.isEmpty()) {
                preferences.saveLater();
            }
        }
        return preferences;
    }

    /** The node {@code path} ("" for the top) as a {@link Preferences} node, for code written against that API. */
    public Preferences node(String path) {
        return new FileBackedPreferences(this, null, "").node(path);
    }

    /** Told once, on the writer thread, when the file could not be saved. */
    public void onSaveFailure(Consumer<String> listener) {
        this.onSaveFailure = listener;
    }

    public Path file() {
        return file;
    }

    synchronized String get(String key) {
        return values.get(key);
    }

    synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        saveLater();
    }

    synchronized Map<String, String> snapshot() {
        return Map.copyOf(values);
    }

    private synchronized void saveLater() {
        if (savePending) {
            return; // the queued save writes the newest values
        }
        savePending = true;
        writer.execute(this::save);
    }

    /** Waits for queued saves (tests, and the app's exit). */
    public void flush() {
        try {
            writer.submit(() -> { }).get();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    private void save() {
        Properties properties = new Properties();
        synchronized (this) {
            savePending = false;
            properties.putAll(values);
        }
        try {
            StringWriter text = new StringWriter();
            properties.store(text, "IVS Inspector preferences: names only, never credentials");
            AtomicFiles.writeString(file, text.toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Preferences could not be saved to {}: {}", file, e.toString());
            if (failureReported.compareAndSet(false, true)) {
                onSaveFailure.accept(Texts.format("preferences.saveFailed", file,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
    }

    /** @return false when there is no file yet */
    private boolean read() {
        try {
            if (Files.size(file) > Bounds.OWN_FILE_BYTES) {
                LOG.warn("{} is larger than {} bytes and was not read", file, Bounds.OWN_FILE_BYTES);
                return true;
            }
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Preferences in {} could not be read ({}); starting with none", file, e.toString());
            return true;
        }
    }

    private void migrate(Preferences legacy, String prefix) {
        if (legacy == null) {
            return;
        }
        try {
            for (String key : legacy.keys()) {
                String value = legacy.get(key, null);
                if (value != null) {
                    values.put(prefix + key, value);
                }
            }
            for (String child : legacy.childrenNames()) {
                migrate(legacy.node(child), prefix + child + "/");
            }
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.info("The old Java preferences could not be read for migration: {}", e.toString());
        }
    }
}
