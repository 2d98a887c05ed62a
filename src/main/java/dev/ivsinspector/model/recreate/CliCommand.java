package dev.ivsinspector.model.recreate;

import dev.ivsinspector.model.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code aws ivs create-recording-configuration} with the structure members as JSON arguments (the CLI's own
 * shorthand cannot express every value), quoted for a POSIX shell.
 */
final class CliCommand {
    private CliCommand() {
    }

    static String render(Recipe r) {
        List<String> lines = new ArrayList<>();
        lines.add("aws ivs create-recording-configuration");
        lines.add("--region " + r.region());
        if (r.name() != null) {
            lines.add("--name " + shellQuote(r.name()));
        }
        lines.add("--destination-configuration " + shellQuote(JsonText.compact(Map.of("s3", Map.of("bucketName", r.bucketName())))));
        if (r.reconnectWindowSeconds() != null) {
            lines.add("--recording-reconnect-window-seconds " + r.reconnectWindowSeconds());
        }
        if (r.hasRenditionConfiguration()) {
            Map<String, Object> rendition = new LinkedHashMap<>();
            putIfPresent(rendition, "renditionSelection", r.renditionSelection());
            putIfPresent(rendition, "renditions", r.renditions());
            lines.add("--rendition-configuration " + shellQuote(JsonText.compact(rendition)));
        }
        if (r.hasThumbnailConfiguration()) {
            Map<String, Object> thumbnails = new LinkedHashMap<>();
            putIfPresent(thumbnails, "recordingMode", r.thumbnailRecordingMode());
            putIfPresent(thumbnails, "targetIntervalSeconds", r.thumbnailTargetIntervalSeconds());
            putIfPresent(thumbnails, "resolution", r.thumbnailResolution());
            putIfPresent(thumbnails, "storage", r.thumbnailStorage());
            lines.add("--thumbnail-configuration " + shellQuote(JsonText.compact(thumbnails)));
        }
        if (r.tags() != null) {
            lines.add("--tags " + shellQuote(JsonText.compact(r.tags())));
        }
        return String.join(" \\\n  ", lines) + "\n";
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Single quotes keep everything literal; a single quote itself is closed, escaped and reopened. */
    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
