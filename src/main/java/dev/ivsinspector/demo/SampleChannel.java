package dev.ivsinspector.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A channel of the demo account, as ListChannels summarizes it. A null recordingConfigurationArn,
 * preset or playbackRestrictionPolicyArn means "none", which the service writes as an empty string.
 */
public record SampleChannel(
        String region,
        String id,
        String name,
        String latencyMode,
        String type,
        String preset,
        boolean authorized,
        boolean insecureIngest,
        String recordingConfigurationArn,
        String playbackRestrictionPolicyArn,
        Map<String, String> tags) {

    public SampleChannel {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(id, "id");
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    public String arn() {
        return "arn:aws:ivs:" + region + ":" + SampleAccount.ACCOUNT_ID + ":channel/" + id;
    }
}
