package dev.ivsinspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/** Compares what the SDK parsed with the sample data, member by member, absent members included. */
final class SampleConfigAssert {
    private SampleConfigAssert() {
    }

    static void assertSame(RecordingConfiguration actual, SampleConfig expected) {
        String at = expected.arn() + ": ";
        assertThat(actual.arn()).as(at + "arn").isEqualTo(expected.arn());
        assertThat(actual.name()).as(at + "name").isEqualTo(expected.name());
        assertThat(actual.destinationConfiguration().s3().bucketName()).as(at + "bucket")
                .isEqualTo(expected.bucketName());
        assertThat(actual.stateAsString()).as(at + "state").isEqualTo(expected.state());
        assertThat(actual.recordingReconnectWindowSeconds()).as(at + "reconnect window")
                .isEqualTo(expected.recordingReconnectWindowSeconds());
        assertTags(at, actual.hasTags(), actual.tags(), expected);

        if (expected.hasRenditionConfiguration()) {
            var r = actual.renditionConfiguration();
            assertThat(r).as(at + "renditionConfiguration").isNotNull();
            assertThat(r.renditionSelectionAsString()).as(at + "renditionSelection")
                    .isEqualTo(expected.renditionSelection());
            assertThat(r.hasRenditions()).as(at + "renditions present").isEqualTo(expected.renditions() != null);
            if (expected.renditions() != null) {
                assertThat(r.renditionsAsStrings()).as(at + "renditions").isEqualTo(expected.renditions());
            }
        } else {
            assertThat(actual.renditionConfiguration()).as(at + "renditionConfiguration").isNull();
        }

        if (expected.hasThumbnailConfiguration()) {
            var t = actual.thumbnailConfiguration();
            assertThat(t).as(at + "thumbnailConfiguration").isNotNull();
            assertThat(t.recordingModeAsString()).as(at + "recordingMode").isEqualTo(expected.thumbnailRecordingMode());
            assertThat(t.targetIntervalSeconds()).as(at + "targetIntervalSeconds")
                    .isEqualTo(expected.thumbnailTargetIntervalSeconds());
            assertThat(t.resolutionAsString()).as(at + "resolution").isEqualTo(expected.thumbnailResolution());
            assertThat(t.hasStorage()).as(at + "storage present").isEqualTo(expected.thumbnailStorage() != null);
            if (expected.thumbnailStorage() != null) {
                assertThat(t.storageAsStrings()).as(at + "storage").isEqualTo(expected.thumbnailStorage());
            }
        } else {
            assertThat(actual.thumbnailConfiguration()).as(at + "thumbnailConfiguration").isNull();
        }
    }

    static void assertSame(RecordingConfigurationSummary actual, SampleConfig expected) {
        String at = expected.arn() + " (summary): ";
        assertThat(actual.arn()).as(at + "arn").isEqualTo(expected.arn());
        assertThat(actual.name()).as(at + "name").isEqualTo(expected.name());
        assertThat(actual.destinationConfiguration().s3().bucketName()).as(at + "bucket")
                .isEqualTo(expected.bucketName());
        assertThat(actual.stateAsString()).as(at + "state").isEqualTo(expected.state());
        assertTags(at, actual.hasTags(), actual.tags(), expected);
    }

    private static void assertTags(String at, boolean hasTags, java.util.Map<String, String> tags,
            SampleConfig expected) {
        assertThat(hasTags).as(at + "tags present").isEqualTo(expected.tags() != null);
        if (expected.tags() != null) {
            assertThat(tags).as(at + "tags").isEqualTo(expected.tags());
        }
    }
}
