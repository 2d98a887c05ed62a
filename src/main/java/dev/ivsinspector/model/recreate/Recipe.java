package dev.ivsinspector.model.recreate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.RenditionConfiguration;
import software.amazon.awssdk.services.ivs.model.ThumbnailConfiguration;

/**
 * The settings of a configuration to create again, as the create call takes them: absent members stay absent
 * (null), so a recreated configuration gets the same defaults. The region and account come from the ARN.
 */
public record Recipe(String region, String name, String bucketName, Integer reconnectWindowSeconds,
                     String renditionSelection, List<String> renditions, String thumbnailRecordingMode,
                     Long thumbnailTargetIntervalSeconds, String thumbnailResolution, List<String> thumbnailStorage,
                     Map<String, String> tags) {

    public static Recipe of(RecordingConfiguration c) {
        RenditionConfiguration r = c.renditionConfiguration();
        ThumbnailConfiguration t = c.thumbnailConfiguration();
        return new Recipe(c.arn().split(":")[3],
                c.name() == null || c.name().isEmpty() ? null : c.name(),
                c.destinationConfiguration().s3().bucketName(),
                c.recordingReconnectWindowSeconds(),
                r == null ? null : r.renditionSelectionAsString(),
                r == null || !r.hasRenditions() ? null : r.renditionsAsStrings(),
                t == null ? null : t.recordingModeAsString(),
                t == null ? null : t.targetIntervalSeconds(),
                t == null ? null : t.resolutionAsString(),
                t == null || !t.hasStorage() ? null : t.storageAsStrings(),
                c.hasTags() && !c.tags().isEmpty() ? new LinkedHashMap<>(c.tags()) : null);
    }

    /** The same settings with another bucket: the usual fix, since a configuration cannot be changed. */
    public Recipe withBucket(String bucket) {
        return new Recipe(region, name, bucket, reconnectWindowSeconds, renditionSelection, renditions,
                thumbnailRecordingMode, thumbnailTargetIntervalSeconds, thumbnailResolution, thumbnailStorage, tags);
    }

    public boolean hasRenditionConfiguration() {
        return renditionSelection != null || renditions != null;
    }

    public boolean hasThumbnailConfiguration() {
        return thumbnailRecordingMode != null || thumbnailTargetIntervalSeconds != null || thumbnailResolution != null
                || thumbnailStorage != null;
    }
}
