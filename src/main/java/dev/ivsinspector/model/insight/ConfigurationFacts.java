package dev.ivsinspector.model.insight;

import java.util.List;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * What the rules look at: the configuration and the types of the channels that use it (empty while they
 * are being listed or when none does).
 */
public record ConfigurationFacts(RecordingConfiguration configuration, List<String> channelTypes) {

    public ConfigurationFacts {
        channelTypes = List.copyOf(channelTypes);
    }

    public static ConfigurationFacts of(RecordingConfiguration configuration) {
        return new ConfigurationFacts(configuration, List.of());
    }

    public boolean usedByChannelOfType(String type) {
        return channelTypes.contains(type);
    }
}
