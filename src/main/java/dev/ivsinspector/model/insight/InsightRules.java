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
            new InsightRule("create-failed", Severity.ERROR, "The configuration could not be created (CREATE_FAILED)",
                    "IVS could not set up recording to this bucket, and channels using it do not record. The usual"
                            + " causes: the S3 bucket is in another region than the configuration (it must be the"
                            + " same region), the bucket does not exist, or its bucket policy or encryption settings"
                            + " do not let IVS write to it. Fix the bucket, then delete this configuration and create"
                            + " a new one: a failed configuration does not recover.",
                    f -> "CREATE_FAILED".equals(f.configuration().stateAsString())),
            new InsightRule("custom-without-renditions", Severity.WARNING,
                    "CUSTOM rendition selection with no renditions listed",
                    "renditionSelection is CUSTOM, which records only the renditions listed, but the list is empty:"
                            + " no rendition is selected. List the renditions to record (e.g. HD, SD), or choose ALL.",
                    f -> "CUSTOM".equals(selection(f.configuration())) && renditions(f.configuration()).isEmpty()),
            new InsightRule("custom-on-basic-channel", Severity.WARNING, "CUSTOM renditions have no effect on BASIC channels",
                    "A BASIC channel uses this configuration. BASIC channels record their single input rendition,"
                            + " so the CUSTOM rendition selection does not change what is recorded there.",
                    f -> "CUSTOM".equals(selection(f.configuration())) && f.usedByChannelOfType("BASIC")),
            new InsightRule("interval-on-basic-channel", Severity.WARNING,
                    "The thumbnail interval is not guaranteed on BASIC channels",
                    "targetIntervalSeconds is set and a BASIC channel uses this configuration. On BASIC channels"
                            + " thumbnails are taken at keyframes, so they come at the interval only if the encoder"
                            + " sends a keyframe (IDR) at least that often. Set the encoder's keyframe interval below"
                            + " the thumbnail interval.",
                    f -> thumbnails(f.configuration()) != null && thumbnails(f.configuration()).targetIntervalSeconds() != null
                            && f.usedByChannelOfType("BASIC")),
            new InsightRule("bucket-name-with-dots", Severity.WARNING, "The bucket name contains dots",
                    "Names with dots do not match the S3 wildcard TLS certificate (*.s3.amazonaws.com) when the"
                            + " bucket is addressed as <bucket>.s3.amazonaws.com. IVS itself records fine, but players,"
                            + " CDNs or scripts that fetch recordings over HTTPS with virtual-hosted URLs can fail"
                            + " certificate checks; use path-style URLs or CloudFront for them.",
                    f -> bucket(f.configuration()) != null && bucket(f.configuration()).contains(".")),
            new InsightRule("thumbnail-settings-while-disabled", Severity.INFO, "Thumbnail settings are ignored",
                    "Thumbnail recording is DISABLED, so the interval, resolution and storage set here have no effect."
                            + " Set recordingMode to INTERVAL to record thumbnails.",
                    f -> {
                        ThumbnailConfiguration t = thumbnails(f.configuration());
                        return t != null && "DISABLED".equals(t.recordingModeAsString())
                                && (t.targetIntervalSeconds() != null || t.resolutionAsString() != null || t.hasStorage());
                    }),
            new InsightRule("renditions-ignored", Severity.INFO, "The rendition list is ignored",
                    "Renditions are listed, but renditionSelection is not CUSTOM (absent means ALL): the list is only"
                            + " used with CUSTOM, so it has no effect here.",
                    f -> !renditions(f.configuration()).isEmpty() && !"CUSTOM".equals(selection(f.configuration()))),
            new InsightRule("reconnect-window-zero", Severity.INFO, "Every disconnect starts a new recording",
                    "The reconnect window is 0 seconds (also the default when absent): if a broadcast drops even"
                            + " briefly and reconnects, the recording is split into a new S3 prefix. A window of e.g."
                            + " 30 to 60 seconds merges such reconnects into one recording.",
                    f -> {
                        Integer window = f.configuration().recordingReconnectWindowSeconds();
                        return window == null || window == 0;
                    }),
            new InsightRule("thumbnails-latest-only", Severity.INFO, "Only the latest thumbnail is kept",
                    "Thumbnail storage is LATEST only: each new thumbnail overwrites latest_thumbnail, so there is no"
                            + " history of thumbnails over the stream. Add SEQUENTIAL to keep them all.",
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
