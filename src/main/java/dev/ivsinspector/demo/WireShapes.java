package dev.ivsinspector.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns sample data into the JSON shapes of the IVS API (member names and nesting as in ivs-2020-07-14).
 * Absent optional members are left out, not written as null, as the service does.
 */
final class WireShapes {
    private WireShapes() {
    }

    /** The full RecordingConfiguration of GetRecordingConfiguration. */
    static Map<String, Object> recordingConfiguration(SampleConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arn", c.arn());
        m.put("destinationConfiguration", destination(c));
        putIfPresent(m, "name", c.name());
        putIfPresent(m, "recordingReconnectWindowSeconds", c.recordingReconnectWindowSeconds());
        if (c.hasRenditionConfiguration()) {
            Map<String, Object> r = new LinkedHashMap<>();
            putIfPresent(r, "renditionSelection", c.renditionSelection());
            putIfPresent(r, "renditions", c.renditions());
            m.put("renditionConfiguration", r);
        }
        m.put("state", c.state());
        putIfPresent(m, "tags", c.tags());
        if (c.hasThumbnailConfiguration()) {
            Map<String, Object> t = new LinkedHashMap<>();
            putIfPresent(t, "recordingMode", c.thumbnailRecordingMode());
            putIfPresent(t, "resolution", c.thumbnailResolution());
            putIfPresent(t, "storage", c.thumbnailStorage());
            putIfPresent(t, "targetIntervalSeconds", c.thumbnailTargetIntervalSeconds());
            m.put("thumbnailConfiguration", t);
        }
        return m;
    }

    /** RecordingConfigurationSummary: only arn, name, destinationConfiguration, state and tags. */
    static Map<String, Object> recordingConfigurationSummary(SampleConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arn", c.arn());
        m.put("destinationConfiguration", destination(c));
        putIfPresent(m, "name", c.name());
        m.put("state", c.state());
        putIfPresent(m, "tags", c.tags());
        return m;
    }

    /**
     * ChannelSummary. "None" is an empty string on the wire for the recording configuration, the
     * playback restriction policy and the preset (what the service returns for such channels).
     */
    static Map<String, Object> channelSummary(SampleChannel ch) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arn", ch.arn());
        m.put("authorized", ch.authorized());
        m.put("insecureIngest", ch.insecureIngest());
        m.put("latencyMode", ch.latencyMode());
        m.put("name", ch.name());
        m.put("playbackRestrictionPolicyArn", orEmpty(ch.playbackRestrictionPolicyArn()));
        m.put("preset", orEmpty(ch.preset()));
        m.put("recordingConfigurationArn", orEmpty(ch.recordingConfigurationArn()));
        m.put("tags", ch.tags());
        m.put("type", ch.type());
        return m;
    }

    private static Map<String, Object> destination(SampleConfig c) {
        return Map.of("s3", Map.of("bucketName", c.bucketName()));
    }

    private static void putIfPresent(Map<String, Object> m, String name, Object value) {
        if (value != null) {
            m.put(name, value);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
