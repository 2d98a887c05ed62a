package dev.ivsinspector.store;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.prefs.AbstractPreferences;

/** One node of {@link AppPreferences}: its keys are stored flat as "node/path/key". */
final class FileBackedPreferences extends AbstractPreferences {

    private final AppPreferences store;

    FileBackedPreferences(AppPreferences store, AbstractPreferences parent, String name) {
        super(parent, name);
        this.store = store;
    }

    private String prefix() {
        String path = absolutePath();
        return path.equals("/") ? "" : path.substring(1) + "/";
    }

    @Override
    protected void putSpi(String key, String value) {
        store.put(prefix() + key, value);
    }

    @Override
    protected String getSpi(String key) {
        return store.get(prefix() + key);
    }

    @Override
    protected void removeSpi(String key) {
        store.put(prefix() + key, null);
    }

    @Override
    protected void removeNodeSpi() {
        String prefix = prefix();
        store.snapshot().keySet().stream().filter(k -> k.startsWith(prefix)).forEach(k -> store.put(k, null));
    }

    @Override
    protected String[] keysSpi() {
        String prefix = prefix();
        return store.snapshot().keySet().stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length())).filter(k -> !k.contains("/")).toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        String prefix = prefix();
        Set<String> children = new LinkedHashSet<>();
        store.snapshot().keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .filter(k -> k.contains("/")).forEach(k -> children.add(k.substring(0, k.indexOf('/'))));
        return children.toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return new FileBackedPreferences(store, this, name);
    }

    @Override
    protected void syncSpi() {
        // every change is saved by the store as it happens
    }

    @Override
    protected void flushSpi() {
        // see syncSpi
    }
}
