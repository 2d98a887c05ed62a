package dev.ivsinspector.model.recording;

import dev.ivsinspector.i18n.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Reads a recording metadata file in the documented v1 format. Members it does not know are ignored, and
 * missing or mistyped optional members become null, so a newer file still shows what it can.
 */
public final class RecordingMetadataParser {

    private RecordingMetadataParser() {
    }

    /** @throws IllegalArgumentException when the text is not a JSON object */
    public static RecordingMetadata parse(String json) {
        JsonNode root;
        try {
            root = JsonNode.parser().parse(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Texts.format("recordings.metadata.notJson", e.getMessage()), e);
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException(Texts.text("recordings.metadata.notObject"));
        }
        Map<String, JsonNode> media = object(root, "media");
        Map<String, JsonNode> hls = object(media, "hls");
        Map<String, JsonNode> thumbnails = object(media, "thumbnails");
        Map<String, JsonNode> latest = object(media, "latest_thumbnail");
        String statusValue = text(root.asObject(), "recording_status");
        Long durationMs = number(hls, "duration_ms");
        return new RecordingMetadata(RecordingStatus.ofMetadataValue(statusValue), statusValue,
                text(root.asObject(), "recording_status_message"), text(root.asObject(), "channel_arn"),
                instant(root.asObject(), "recording_started_at"), instant(root.asObject(), "recording_ended_at"),
                text(hls, "path"), text(hls, "playlist"), durationMs == null ? null : Duration.ofMillis(durationMs),
                renditions(hls), text(thumbnails, "path"), text(latest, "path"), json);
    }

    /** The JSON as plain maps and lists, in its own member order, for showing it indented. */
    public static Object tree(String json) {
        return tree(JsonNode.parser().parse(json));
    }

    private static Object tree(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            node.asObject().forEach((name, value) -> map.put(name, tree(value)));
            return map;
        }
        if (node.isArray()) {
            return node.asArray().stream().map(RecordingMetadataParser::tree).toList();
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isNumber()) {
            return new java.math.BigDecimal(node.asNumber());
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return null;
    }

    private static List<Rendition> renditions(Map<String, JsonNode> hls) {
        JsonNode list = hls.get("renditions");
        List<Rendition> renditions = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return renditions;
        }
        for (JsonNode item : list.asArray()) {
            if (item.isObject()) {
                Map<String, JsonNode> r = item.asObject();
                renditions.add(new Rendition(text(r, "path"), text(r, "playlist"),
                        Optional.ofNullable(number(r, "resolution_width")).orElse(0L).intValue(),
                        Optional.ofNullable(number(r, "resolution_height")).orElse(0L).intValue()));
            }
        }
        return renditions;
    }

    private static Map<String, JsonNode> object(JsonNode node, String member) {
        return node.isObject() ? object(node.asObject(), member) : Map.of();
    }

    private static Map<String, JsonNode> object(Map<String, JsonNode> parent, String member) {
        JsonNode node = parent.get(member);
        return node != null && node.isObject() ? node.asObject() : Map.of();
    }

    private static String text(Map<String, JsonNode> parent, String member) {
        JsonNode node = parent.get(member);
        return node != null && node.isString() ? node.asString() : null;
    }

    private static Long number(Map<String, JsonNode> parent, String member) {
        JsonNode node = parent.get(member);
        if (node == null || !node.isNumber()) {
            return null;
        }
        try {
            return Long.parseLong(node.asNumber());
        } catch (NumberFormatException e) {
            return (long) Double.parseDouble(node.asNumber());
        }
    }

    private static Instant instant(Map<String, JsonNode> parent, String member) {
        String value = text(parent, member);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
