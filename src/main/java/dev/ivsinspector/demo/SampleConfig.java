package dev.ivsinspector.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One recording configuration of the demo account, as the service stores it. Optional members are null
 * when absent, so the endpoint can leave them out of the JSON exactly like a configuration created with
 * only the required members. Lists and maps keep their order (the wire order).
 */
public record SampleConfig(
        String region,
        String id,
        String name,
        String bucketName,
        String state,
        Integer recordingReconnectWindowSeconds,
        String renditionSelection,
        List<String> renditions,
        String thumbnailRecordingMode,
        Long thumbnailTargetIntervalSeconds,
        String thumbnailResolution,
        List<String> thumbnailStorage,
        Map<String, String> tags,
        String accountId) {

    public SampleConfig {
        accountId = accountId == null ? SampleAccount.ACCOUNT_ID : accountId;
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(state, "state");
        renditions = renditions == null ? null : List.copyOf(renditions);
        thumbnailStorage = thumbnailStorage == null ? null : List.copyOf(thumbnailStorage);
        tags = tags == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    public String arn() {
        return "arn:aws:ivs:" + region + ":" + accountId + ":recording-configuration/" + id;
    }

    /** The same configuration owned by another account (the demo organization's accounts each own theirs). */
    public SampleConfig withAccount(String otherAccountId) {
        return new SampleConfig(region, id, name, bucketName, state, recordingReconnectWindowSeconds,
                renditionSelection, renditions, thumbnailRecordingMode, thumbnailTargetIntervalSeconds,
                thumbnailResolution, thumbnailStorage, tags, otherAccountId);
    }

    public boolean hasRenditionConfiguration() {
        return renditionSelection != null || renditions != null;
    }

    public boolean hasThumbnailConfiguration() {
        return thumbnailRecordingMode != null || thumbnailTargetIntervalSeconds != null
                || thumbnailResolution != null || thumbnailStorage != null;
    }

    /** Starts a configuration with only the required members (arn parts, bucket, state). */
    public static Builder builder(String region, String id, String bucketName, String state) {
        return new Builder(region, id, bucketName, state);
    }

    /** Fluent construction, because most samples set only some of the optional members. */
    public static final class Builder {
        private final String region;
        private final String id;
        private final String bucketName;
        private final String state;
        private String name;
        private Integer reconnect;
        private String renditionSelection;
        private List<String> renditions;
        private String thumbnailMode;
        private Long thumbnailInterval;
        private String thumbnailResolution;
        private List<String> thumbnailStorage;
        private Map<String, String> tags;

        private Builder(String region, String id, String bucketName, String state) {
            this.region = region;
            this.id = id;
            this.bucketName = bucketName;
            this.state = state;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder reconnectWindowSeconds(int value) {
            reconnect = value;
            return this;
        }

        /** Rendition selection, with the renditions list (pass none to leave the list absent). */
        public Builder renditions(String selection, String... list) {
            renditionSelection = selection;
            renditions = list.length == 0 ? null : List.of(list);
            return this;
        }

        /** Thumbnail mode, interval (null: absent) and resolution (null: absent). */
        public Builder thumbnails(String mode, Long intervalSeconds, String resolution, String... storage) {
            thumbnailMode = mode;
            thumbnailInterval = intervalSeconds;
            thumbnailResolution = resolution;
            thumbnailStorage = storage.length == 0 ? null : List.of(storage);
            return this;
        }

        /** Tags as alternating keys and values; no arguments means a present but empty map. */
        public Builder tags(String... keysAndValues) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
                map.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            tags = map;
            return this;
        }

        public Builder tags(Map<String, String> map) {
            tags = map;
            return this;
        }

        public SampleConfig build() {
            return new SampleConfig(region, id, name, bucketName, state, reconnect, renditionSelection,
                    renditions, thumbnailMode, thumbnailInterval, thumbnailResolution, thumbnailStorage, tags, null);
        }
    }
}
