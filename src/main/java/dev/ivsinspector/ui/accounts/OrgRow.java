package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.aws.org.AggregatedConfiguration;
import dev.ivsinspector.store.InventoryRow;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringTokenizer;
import java.util.TreeMap;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * One configuration of the organization: a row of "All accounts", with the text the filter searches.
 *
 * @param mark   how it compares with the refresh before (new, changed, gone), or empty
 * @param source where it was seen when not listed by the app itself ("as recorded by AWS Config at …"), or empty
 */
public record OrgRow(String accountId, String accountName, String region, String arn, String name, String state,
                     String bucket, Map<String, String> tags, String searchText, String mark, String source) {

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
                search.toString().toLowerCase(Locale.ROOT), "", "");
    }

    /** A row of the stored inventory, with its mark and (for AWS Config's rows) where it was recorded. */
    public static OrgRow of(InventoryRow row, String markText, String sourceText) {
        return of(row.accountId(), accountNameOf(row), row.region(), row.arn(), Objects.toString(row.name(), ""),
                Objects.toString(row.state(), ""), Objects.toString(row.bucket(), ""), row.tags())
                .with(markText, sourceText);
    }

    /**
     * Whether this row shows the stored {@code row} with that mark and source, as
     * {@link #of(InventoryRow, String, String)} would make it.
     */
    boolean shows(InventoryRow row, String markText, String sourceText) {
        return accountId.equals(row.accountId()) && accountName.equals(accountNameOf(row))
                && region.equals(row.region()) && arn.equals(row.arn())
                && name.equals(Objects.toString(row.name(), "")) && state.equals(Objects.toString(row.state(), ""))
                && bucket.equals(Objects.toString(row.bucket(), ""))
                && tags.equals(row.tags()) && mark.equals(markText) && source.equals(sourceText);
    }

    /** A stored row without the account's name (AWS Config's) is shown under the account id. */
    private static String accountNameOf(InventoryRow row) {
        return Objects.requireNonNullElse(row.accountName(), row.accountId());
    }

    /** A configuration an AWS Config aggregator recorded, as it arrives. */
    public static OrgRow of(AggregatedConfiguration c, String sourceText) {
        return of(c.accountId(), c.accountId(), c.region(), c.arn(), c.name(), c.state(), c.bucket(),
                new TreeMap<>(c.tags())).with("", sourceText);
    }

    private OrgRow with(String newMark, String newSource) {
        return new OrgRow(accountId, accountName, region, arn, name, state, bucket, tags, searchText, newMark, newSource);
    }

    /** The filter's test for every row, its words split once (a keystroke tests thousands of rows). */
    public static Predicate<OrgRow> matcher(String filter) {
        if (filter == null || filter.isBlank()) {
            return row -> true;
        }
        // A StringTokenizer, not split("\\s+"): a regular expression compiled on every keystroke.
        StringTokenizer tokens = new StringTokenizer(filter.toLowerCase(Locale.ROOT));
        String[] words = new String[tokens.countTokens()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.nextToken();
        }
        return row -> {
            for (String word : words) {
                if (!row.searchText.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }
}
