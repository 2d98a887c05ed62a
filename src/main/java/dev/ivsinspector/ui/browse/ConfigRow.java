package dev.ivsinspector.ui.browse;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * One configuration in the browse table. The text the filter searches is built once here, not on every
 * keystroke, so refiltering 10,000 rows stays within a frame.
 */
public record ConfigRow(String region, String arn, String name, String state, String bucket, Map<String, String> tags,
                        String searchText) {

    public static ConfigRow of(String region, RecordingConfigurationSummary summary) {
        String bucket = summary.destinationConfiguration() == null || summary.destinationConfiguration().s3() == null
                ? "" : summary.destinationConfiguration().s3().bucketName();
        Map<String, String> tags = summary.hasTags() ? new TreeMap<>(summary.tags()) : Map.of();
        String name = summary.name() == null ? "" : summary.name();
        String state = summary.stateAsString() == null ? "" : summary.stateAsString();
        StringBuilder search = new StringBuilder().append(name).append('\n').append(bucket).append('\n')
                .append(summary.arn());
        tags.forEach((k, v) -> search.append('\n').append(k).append('\n').append(v));
        return new ConfigRow(region, summary.arn(), name, state, bucket, Map.copyOf(tags),
                search.toString().toLowerCase(Locale.ROOT));
    }

    public int tagCount() {
        return tags.size();
    }
}
