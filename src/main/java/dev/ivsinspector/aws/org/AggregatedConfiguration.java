package dev.ivsinspector.aws.org;

import java.time.Instant;
import java.util.Map;

/**
 * One IVS recording configuration as an AWS Config aggregator recorded it.
 *
 * @param capturedAt when Config captured this configuration item, or null when the item did not say
 */
public record AggregatedConfiguration(String accountId, String region, String arn, String name, String state,
                                      String bucket, Map<String, String> tags, Instant capturedAt) {
    public AggregatedConfiguration {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
