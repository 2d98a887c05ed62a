package dev.ivsinspector.store;

import java.util.Map;
import java.util.TreeMap;

/** What a listing saw of one configuration (a summary: no secret is ever part of it). */
public record InventoryEntry(String arn, String name, String state, String bucket, Map<String, String> tags) {

    public InventoryEntry {
        tags = tags == null ? Map.of() : new TreeMap<>(tags);
    }

    /** Equal for equal contents, so a refresh can tell a changed configuration from the same one. */
    String fingerprint() {
        return name + '\u0000' + state + '\u0000' + bucket + '\u0000' + TagText.write(tags);
    }
}
