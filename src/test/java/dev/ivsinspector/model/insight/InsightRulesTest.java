package dev.ivsinspector.model.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/** Each rule on crafted configurations: one that makes it fire and close neighbours that must not. */
class InsightRulesTest {

    /** A configuration no rule fires on: ACTIVE, dot-free bucket, 30 s window, defaults elsewhere. */
    private static RecordingConfiguration.Builder quiet() {
        return RecordingConfiguration.builder()
                .arn("arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456")
                .state("ACTIVE")
                .destinationConfiguration(d -> d.s3(s -> s.bucketName("plain-bucket")))
                .recordingReconnectWindowSeconds(30);
    }

    private static List<String> fired(UnaryOperator<RecordingConfiguration.Builder> change, String... channelTypes) {
        return InsightRules.evaluate(new ConfigurationFacts(change.apply(quiet()).build(), List.of(channelTypes)))
                .stream().map(InsightRule::id).toList();
    }

    @Test
    void aQuietConfigurationHasNoFindings() {
        assertThat(fired(b -> b)).isEmpty();
        assertThat(fired(b -> b, "STANDARD", "ADVANCED_HD")).isEmpty();
    }

    @Test
    void createFailed() {
        assertThat(fired(b -> b.state("CREATE_FAILED"))).containsExactly("create-failed");
        assertThat(fired(b -> b.state("CREATING"))).isEmpty();
    }

    @Test
    void customWithoutRenditions() {
        assertThat(fired(b -> b.renditionConfiguration(r -> r.renditionSelection("CUSTOM")))).containsExactly("custom-without-renditions");
        assertThat(fired(b -> b.renditionConfiguration(r -> r.renditionSelection("CUSTOM").renditionsWithStrings(List.of()))))
                .containsExactly("custom-without-renditions");
        assertThat(fired(b -> b.renditionConfiguration(r -> r.renditionSelection("CUSTOM").renditionsWithStrings("HD")))).isEmpty();
        assertThat(fired(b -> b.renditionConfiguration(r -> r.renditionSelection("ALL")))).isEmpty();
    }

    @Test
    void customOnABasicChannel() {
        UnaryOperator<RecordingConfiguration.Builder> custom =
                b -> b.renditionConfiguration(r -> r.renditionSelection("CUSTOM").renditionsWithStrings("HD"));
        assertThat(fired(custom, "BASIC")).containsExactly("custom-on-basic-channel");
        assertThat(fired(custom, "STANDARD")).isEmpty();
        assertThat(fired(b -> b.renditionConfiguration(r -> r.renditionSelection("ALL")), "BASIC")).isEmpty();
    }

    @Test
    void intervalOnABasicChannel() {
        UnaryOperator<RecordingConfiguration.Builder> interval =
                b -> b.thumbnailConfiguration(t -> t.recordingMode("INTERVAL").targetIntervalSeconds(10L));
        assertThat(fired(interval, "STANDARD", "BASIC")).containsExactly("interval-on-basic-channel");
        assertThat(fired(interval, "STANDARD")).isEmpty();
        assertThat(fired(interval)).isEmpty();
        assertThat(fired(b -> b.thumbnailConfiguration(t -> t.recordingMode("INTERVAL")), "BASIC")).isEmpty();
    }

    @Test
    void bucketNameWithDots() {
        assertThat(fired(b -> b.destinationConfiguration(d -> d.s3(s -> s.bucketName("media.example-recordings")))))
                .containsExactly("bucket-name-with-dots");
        assertThat(fired(b -> b.destinationConfiguration(d -> d.s3(s -> s.bucketName("media-example-recordings"))))).isEmpty();
        assertThat(fired(b -> b.destinationConfiguration(d -> { }))).isEmpty();
    }

    @Test
    void thumbnailSettingsWhileDisabled() {
        assertThat(fired(b -> b.thumbnailConfiguration(t -> t.recordingMode("DISABLED").targetIntervalSeconds(5L))))
                .containsExactly("thumbnail-settings-while-disabled");
        assertThat(fired(b -> b.thumbnailConfiguration(t -> t.recordingMode("DISABLED").resolution("HD"))))
                .containsExactly("thumbnail-settings-while-disabled");
        assertThat(fired(b -> b.thumbnailConfiguration(t -> t.recordingMode("DISABLED").storageWithStrings("SEQUENTIAL"))))
                .containsExactly("thumbnail-settings-while-disabled");
        assertThat(fired(b -> b.thumbnailConfiguration(t -> t.recordingMode("DISABLED")))).isEmpty();
        assertThat(fired(b -> b.thumbnailConfiguration(t -> t.recordingMode("INTERVAL").targetIntervalSeconds(5L)))).isEmpty();
    }

    @Test
    void renditionsListedWithoutCustom() {
        assertThat(fired(b -> b.renditionConfiguration(r -> r.renditionSelection("ALL").renditionsWithStrings("HD"))))
                .containsExactly("renditions-ignored");
        assertThat(fired(b -> b.renditionConfiguration(r -> r.renditionsWithStrings("SD")))).as("absent selection means ALL")
                .containsExactly("renditions-ignored");
        assertThat(fired(b -> b.renditionConfiguration(r -> r.renditionSelection("NONE")))).isEmpty();
    }

    @Test
    void reconnectWindowZeroOrAbsent() {
        assertThat(fired(b -> b.recordingReconnectWindowSeconds(0))).containsExactly("reconnect-window-zero");
        assertThat(fired(b -> b.recordingReconnectWindowSeconds(null))).containsExactly("reconnect-window-zero");
        assertThat(fired(b -> b.recordingReconnectWindowSeconds(1))).isEmpty();
    }

    @Test
    void latestOnlyStorage() {
        assertThat(fired(b -> b.thumbnailConfiguration(t -> t.storageWithStrings("LATEST")))).containsExactly("thumbnails-latest-only");
        assertThat(fired(b -> b.thumbnailConfiguration(t -> t.storageWithStrings("LATEST", "SEQUENTIAL")))).isEmpty();
        assertThat(fired(b -> b.thumbnailConfiguration(t -> t.storageWithStrings("SEQUENTIAL")))).isEmpty();
        assertThat(fired(b -> b.thumbnailConfiguration(t -> t.recordingMode("INTERVAL")))).isEmpty();
    }

    @Test
    void findingsComeMostSevereFirst_andABrokenRuleStaysSilent() {
        List<String> ids = fired(b -> b.state("CREATE_FAILED").recordingReconnectWindowSeconds(0)
                .destinationConfiguration(d -> d.s3(s -> s.bucketName("a.b"))));
        assertThat(ids).containsExactly("create-failed", "bucket-name-with-dots", "reconnect-window-zero");

        InsightRule broken = new InsightRule("broken", Severity.ERROR, "t", "e", f -> {
            throw new IllegalStateException("boom");
        });
        assertThat(InsightRules.evaluate(List.of(broken), ConfigurationFacts.of(quiet().build()))).isEmpty();
    }

    @Test
    void everyRuleHasWordsForUsers() {
        assertThat(InsightRules.ALL).extracting(InsightRule::id).doesNotHaveDuplicates();
        assertThat(InsightRules.ALL).allSatisfy(rule -> {
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.explanation()).hasSizeGreaterThan(60);
        });
    }
}
