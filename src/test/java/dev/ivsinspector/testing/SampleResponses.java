package dev.ivsinspector.testing;

import java.util.Map;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/** Hand-built responses for tests that do not go over HTTP. */
public final class SampleResponses {

    public static final String FULL_ARN = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";

    private SampleResponses() {
    }

    public static final String WIDEST_ARN =
            "arn:aws:ivs:ap-southeast-2:123456789012:recording-configuration/ZzYyXxWwVvUu";
    /** The longest bucket name S3 allows: 63 characters. */
    public static final String LONGEST_BUCKET = "quokka-vod-archive.prod-live-recordings.eu-central-1.media-0001";

    /**
     * What takes the most room on screen: a 63-character bucket, the longest value of every enumeration, every
     * rendition and storage value, and ten tags with long keys and values.
     */
    public static GetRecordingConfigurationResponse widest() {
        Map<String, String> tags = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            tags.put("cost-allocation-team-" + i, "live-video-platform-recordings-" + i);
        }
        return GetRecordingConfigurationResponse.builder().recordingConfiguration(RecordingConfiguration.builder()
                .arn(WIDEST_ARN)
                .name("prod-live-recordings-eu-central-1-with-a-long-name-for-the-console")
                .destinationConfiguration(d -> d.s3(s -> s.bucketName(LONGEST_BUCKET)))
                .state("CREATE_FAILED")
                .recordingReconnectWindowSeconds(300)
                .renditionConfiguration(r -> r.renditionSelection("CUSTOM")
                        .renditionsWithStrings("LOWEST_RESOLUTION", "SD", "HD", "FULL_HD"))
                .thumbnailConfiguration(t -> t.recordingMode("INTERVAL").targetIntervalSeconds(60L)
                        .resolution("LOWEST_RESOLUTION").storageWithStrings("SEQUENTIAL", "LATEST"))
                .tags(tags)
                .build()).build();
    }

    /** A configuration with every member set. */
    public static GetRecordingConfigurationResponse full() {
        return GetRecordingConfigurationResponse.builder().recordingConfiguration(RecordingConfiguration.builder()
                .arn(FULL_ARN)
                .name("prod-live")
                .destinationConfiguration(d -> d.s3(s -> s.bucketName("media.example-recordings")))
                .state("ACTIVE")
                .recordingReconnectWindowSeconds(30)
                .renditionConfiguration(r -> r.renditionSelection("CUSTOM").renditionsWithStrings("HD", "SD"))
                .thumbnailConfiguration(t -> t.recordingMode("INTERVAL").targetIntervalSeconds(10L)
                        .resolution("FULL_HD").storageWithStrings("SEQUENTIAL", "LATEST"))
                .tags(Map.of("team", "video"))
                .build()).build();
    }
}
