package dev.ivsinspector.testing;

import java.util.Map;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/** Hand-built responses for tests that do not go over HTTP. */
public final class SampleResponses {

    public static final String FULL_ARN = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";

    private SampleResponses() {
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
