package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.ConnectionSettings;
import java.util.List;
import java.util.function.Consumer;

/**
 * AWS Config aggregators of the connection's account: their names, and one advanced query for every IVS recording
 * configuration they aggregate across accounts and regions. Blocking; run in the background.
 */
public interface ConfigAggregators {

    /** The names of the aggregators in {@code region} (DescribeConfigurationAggregators, every page). */
    List<String> names(ConnectionSettings connection, String region);

    /**
     * Every IVS recording configuration {@code aggregator} recorded (SelectAggregateResourceConfig, page by page),
     * each page handed to {@code pages} as it arrives. An interrupt stops between pages.
     */
    void recordingConfigurations(ConnectionSettings connection, String region, String aggregator,
                                 Consumer<List<AggregatedConfiguration>> pages);
}
