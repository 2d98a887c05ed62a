package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.store.InventoryRow;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/** One configuration of the organization: a row of "All accounts", with the text the filter searches. */
public record OrgRow(String accountId, String accountName, String region, String arn, String name, String state,
                     String bucket, Map<String, String> tags, String searchText, String mark) {

    public static OrgRow of(String accountId, String accountName, String region, RecordingConfigurationSummary summary) {
        String bucket = summary.destinationConfiguration() == null || summary.destinationConfiguration().s3() == null
                ? "" : summary.destinationConfiguration().s3().bucketName();
        Map<String, String> tags = summary.hasTags() ? new TreeMap<>(summary.tags()) : Map.of();
        String name = summary.name() == null ? "" : summary.name();
        return of(accountId, accountName, region, summary.arn(), name,
                summary.stateAsString() == null ? "" : summary.stateAsString(), bucket, tags);
    }

    public static OrgRow of(String accountId, String accountName, String region, String arn, String name, String state,
                            String bucket, Map<String, String> tags) {
        StringBuilder search = new StringBuilder().append(accountName).append('\n').append(accountId).append('\n')
                .append(name).append('\n').append(bucket).append('\n').append(arn);
        tags.forEach((k, v) -> search.append('\n').append(k).append('\n').append(v));
        return new OrgRow(accountId, accountName, region, arn, name, state, bucket, Map.copyOf(tags),
                search.toString().toLowerCase(Locale.ROOT), "");
    }

    /** A row of the stored inventory, with how it compares with the refresh before (new, changed, gone). */
    public static OrgRow of(InventoryRow row, String markText) {
        OrgRow plain = of(row.accountId(), row.accountName() == null ? row.accountId() : row.accountName(), row.region(),
                row.arn(), row.name() == null ? "" : row.name(), row.state() == null ? "" : row.state(),
                row.bucket() == null ? "" : row.bucket(), row.tags());
        return new OrgRow(plain.accountId, plain.accountName, plain.region, plain.arn, plain.name, plain.state,
                plain.bucket, plain.tags, plain.searchText, markText);
    }

    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
