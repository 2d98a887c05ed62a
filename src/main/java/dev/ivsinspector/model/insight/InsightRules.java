package dev.ivsinspector.model.insight;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.RenditionConfiguration;
import software.amazon.awssdk.services.ivs.model.ThumbnailConfiguration;

/**
 * The findings the inspector knows, each a rule with its words and its predicate. Absent members count as
 * their documented defaults (reconnect window 0, rendition selection ALL, thumbnail mode INTERVAL).
 */
public final class InsightRules {

    public static final List<InsightRule> ALL = List.of(
            new InsightRule("create-failed", Severity.ERROR,
                    f -> "CREATE_FAILED".equals(f.configuration().stateAsString())),
            new InsightRule("custom-without-renditions", Severity.WARNING,
                    f -> "CUSTOM".equals(selection(f.configuration())) && renditions(f.configuration()).isEmpty()),
            new InsightRule("custom-on-basic-channel", Severity.WARNING,
                    f -> "CUSTOM".equals(selection(f.configuration())) && f.usedByChannelOfType("BASIC")),
            new InsightRule("interval-on-basic-channel", Severity.WARNING,
                    f -> thumbnails(f.configuration()) != null && thumbnails(f.configuration()).targetIntervalSeconds() != null
                            && f.usedByChannelOfType("BASIC")),
            new InsightRule("bucket-name-with-dots", Severity.WARNING,
                    f -> bucket(f.configuration()) != null && bucket(f.configuration()).contains(".")),
            new InsightRule("thumbnail-settings-while-disabled", Severity.INFO,
                    f -> {
                        ThumbnailConfiguration t = thumbnails(f.configuration());
                        return t != null && "DISABLED".equals(t.recordingModeAsString())
                                && (t.targetIntervalSeconds() != null || t.resolutionAsString() != null || t.hasStorage());
                    }),
            new InsightRule("renditions-ignored", Severity.INFO,
                    f -> !renditions(f.configuration()).isEmpty() && !"CUSTOM".equals(selection(f.configuration()))),
            new InsightRule("reconnect-window-zero", Severity.INFO,
                    f -> {
                        Integer window = f.configuration().recordingReconnectWindowSeconds();
                        return window == null || window == 0;
                    }),
            new InsightRule("thumbnails-latest-only", Severity.INFO,
                    f -> {
                        ThumbnailConfiguration t = thumbnails(f.configuration());
                        return t != null && t.hasStorage() && !"DISABLED".equals(t.recordingModeAsString())
                                && t.storageAsStrings().stream().allMatch("LATEST"::equals) && !t.storageAsStrings().isEmpty();
                    }));

    private InsightRules() {
    }

    /** The rules that apply, most severe first (rule order within a severity). */
    public static List<InsightRule> evaluate(ConfigurationFacts facts) {
        return evaluate(ALL, facts);
    }

    static List<InsightRule> evaluate(List<InsightRule> rules, ConfigurationFacts facts) {
        return rules.stream().filter(rule -> safely(rule.applies(), facts))
                .sorted(Comparator.comparing(InsightRule::severity)).toList();
    }

    /** A rule that trips over an unexpected response shape says nothing rather than breaking the view. */
    private static boolean safely(Predicate<ConfigurationFacts> predicate, ConfigurationFacts facts) {
        try {
            return predicate.test(facts);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String selection(RecordingConfiguration c) {
        RenditionConfiguration r = c.renditionConfiguration();
        return r == null || r.renditionSelectionAsString() == null ? "ALL" : r.renditionSelectionAsString();
    }

    private static List<String> renditions(RecordingConfiguration c) {
        RenditionConfiguration r = c.renditionConfiguration();
        return r == null || !r.hasRenditions() ? List.of() : r.renditionsAsStrings();
    }

    private static ThumbnailConfiguration thumbnails(RecordingConfiguration c) {
        return c.thumbnailConfiguration();
    }

    private static String bucket(RecordingConfiguration c) {
        return c.destinationConfiguration() == null || c.destinationConfiguration().s3() == null ? null
                : c.destinationConfiguration().s3().bucketName();
    }
}
