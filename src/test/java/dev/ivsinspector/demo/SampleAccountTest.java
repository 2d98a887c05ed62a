package dev.ivsinspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.ChannelLatencyMode;
import software.amazon.awssdk.services.ivs.model.ChannelType;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationState;
import software.amazon.awssdk.services.ivs.model.RecordingMode;
import software.amazon.awssdk.services.ivs.model.RenditionConfigurationRendition;
import software.amazon.awssdk.services.ivs.model.RenditionConfigurationRenditionSelection;
import software.amazon.awssdk.services.ivs.model.ThumbnailConfigurationResolution;
import software.amazon.awssdk.services.ivs.model.ThumbnailConfigurationStorage;
import software.amazon.awssdk.services.ivs.model.TranscodePreset;

/** The sample data itself: it must show every member and enum value the SDK knows, with valid values. */
class SampleAccountTest {
    private static final SampleAccount ACCOUNT = SampleAccount.standard();
    private static final List<SampleConfig> CURATED =
            ACCOUNT.configs().stream().filter(c -> !GeneratedSamples.isGenerated(c)).toList();

    private static Set<String> used(Function<SampleConfig, Stream<String>> values) {
        return CURATED.stream().flatMap(values).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static Set<String> known(Collection<?> sdkEnumValues) {
        return sdkEnumValues.stream().map(Object::toString).collect(Collectors.toSet());
    }

    @Test
    void coversEveryEnumValueTheSdkKnows() {
        assertThat(used(c -> Stream.of(c.state()))).containsAll(known(RecordingConfigurationState.knownValues()));
        assertThat(used(c -> Stream.of(c.renditionSelection())))
                .containsAll(known(RenditionConfigurationRenditionSelection.knownValues()));
        assertThat(used(c -> c.renditions() == null ? Stream.empty() : c.renditions().stream()))
                .containsAll(known(RenditionConfigurationRendition.knownValues()));
        assertThat(used(c -> Stream.of(c.thumbnailRecordingMode()))).containsAll(known(RecordingMode.knownValues()));
        assertThat(used(c -> Stream.of(c.thumbnailResolution())))
                .containsAll(known(ThumbnailConfigurationResolution.knownValues()));
        assertThat(used(c -> c.thumbnailStorage() == null ? Stream.empty() : c.thumbnailStorage().stream()))
                .containsAll(known(ThumbnailConfigurationStorage.knownValues()));
        Set<String> types = ACCOUNT.channels().stream().map(SampleChannel::type).collect(Collectors.toSet());
        assertThat(types).containsAll(known(ChannelType.knownValues()));
        assertThat(ACCOUNT.channels().stream().map(SampleChannel::latencyMode).collect(Collectors.toSet()))
                .containsAll(known(ChannelLatencyMode.knownValues()));
        assertThat(ACCOUNT.channels().stream().map(SampleChannel::preset).filter(Objects::nonNull)
                .collect(Collectors.toSet())).containsAll(known(TranscodePreset.knownValues()));
    }

    @Test
    void coversTheInterestingShapes() {
        assertThat(CURATED).hasSizeBetween(10, 14);
        assertThat(CURATED).extracting(SampleConfig::thumbnailStorage).contains(
                List.of("SEQUENTIAL"), List.of("LATEST"), List.of("SEQUENTIAL", "LATEST"));
        assertThat(CURATED).extracting(SampleConfig::recordingReconnectWindowSeconds).contains(0, 30, 300);
        assertThat(CURATED).extracting(SampleConfig::bucketName)
                .anyMatch(b -> b.contains(".") && b.contains("-"));
        assertThat(CURATED).anyMatch(c -> c.tags() != null && c.tags().size() >= 10);
        assertThat(CURATED).anyMatch(c -> c.tags() != null && c.tags().isEmpty());
        assertThat(CURATED).anyMatch(c -> c.name() == null && c.tags() == null && !c.hasRenditionConfiguration()
                && !c.hasThumbnailConfiguration() && c.recordingReconnectWindowSeconds() == null);
        assertThat(CURATED).anyMatch(c -> c.thumbnailTargetIntervalSeconds() != null);
        assertThat(ACCOUNT.regions()).contains("us-west-2", "us-east-1", "eu-west-1", "ap-south-1");
        assertThat(ACCOUNT.configs("ap-south-1")).hasSize(300);
    }

    @Test
    void everyValueRespectsTheApiLimits() {
        for (SampleConfig c : ACCOUNT.configs()) {
            assertThat(c.arn()).as("arn").hasSizeLessThanOrEqualTo(128)
                    .matches("^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$");
            assertThat(c.bucketName()).as(c.arn()).matches("[a-z0-9-.]{3,63}");
            if (c.name() != null) {
                assertThat(c.name()).as(c.arn()).matches("[a-zA-Z0-9-_]{0,128}");
            }
            if (c.recordingReconnectWindowSeconds() != null) {
                assertThat(c.recordingReconnectWindowSeconds()).as(c.arn()).isBetween(0, 300);
            }
            if (c.thumbnailTargetIntervalSeconds() != null) {
                assertThat(c.thumbnailTargetIntervalSeconds()).as(c.arn()).isBetween(1L, 60L);
                assertThat(c.thumbnailRecordingMode()).as(c.arn()).isEqualTo("INTERVAL");
            }
            if (c.tags() != null) {
                assertThat(c.tags()).as(c.arn()).hasSizeLessThanOrEqualTo(50);
            }
            assertThat(FaultIds.isFault(c.id())).isFalse();
        }
    }

    @Test
    void theSampleArnsExistAndTheRichestIsFirst() {
        List<String> arns = ACCOUNT.sampleArns();
        assertThat(arns).hasSizeBetween(5, 8).doesNotHaveDuplicates();
        assertThat(arns).allMatch(arn -> ACCOUNT.config(arn).isPresent());
        SampleConfig first = ACCOUNT.config(arns.get(0)).orElseThrow();
        assertThat(first.region()).isEqualTo("us-west-2");
        assertThat(first.hasRenditionConfiguration() && first.hasThumbnailConfiguration()).isTrue();
        assertThat(first.tags()).hasSize(10);
        assertThat(ACCOUNT.channels()).filteredOn(ch -> first.arn().equals(ch.recordingConfigurationArn()))
                .hasSize(2);
    }

    @Test
    void channelsPointAtConfigurationsOfTheirOwnRegion() {
        assertThat(ACCOUNT.channels()).hasSizeBetween(5, 8);
        ACCOUNT.channels().stream().filter(ch -> ch.recordingConfigurationArn() != null).forEach(ch -> {
            SampleConfig config = ACCOUNT.config(ch.recordingConfigurationArn()).orElseThrow();
            assertThat(config.region()).isEqualTo(ch.region());
        });
        assertThat(ACCOUNT.channels()).anyMatch(ch -> ch.recordingConfigurationArn() != null
                && ACCOUNT.config(ch.recordingConfigurationArn()).orElseThrow().state().equals("CREATE_FAILED"));
    }

    @Test
    void generatedConfigurationsAreDeterministicAndAppend() {
        SampleAccount a = SampleAccount.empty().withGenerated("us-east-2", 50);
        SampleAccount b = SampleAccount.empty().withGenerated("us-east-2", 20).withGenerated("us-east-2", 30);
        assertThat(b.configs("us-east-2")).isEqualTo(a.configs("us-east-2"));
        assertThat(a.configs("us-east-2")).extracting(SampleConfig::arn).doesNotHaveDuplicates();
        assertThat(SampleAccount.standard().withGenerated("ap-south-1", 10).configs("ap-south-1")).hasSize(310);
    }

    @Test
    void withMethodsLeaveTheOriginalUntouched() {
        SampleAccount changed = ACCOUNT.withSlowDelay(Duration.ofMillis(5))
                .withListFault("us-west-2", 1, "InternalServerException");
        assertThat(ACCOUNT.slowDelay()).isEqualTo(SampleAccount.DEFAULT_SLOW_DELAY).isEqualTo(Duration.ofSeconds(8));
        assertThat(ACCOUNT.listFaults()).isEmpty();
        assertThat(changed.listFaults()).singleElement()
                .isEqualTo(new SampleAccount.ListFault("us-west-2", 1, DemoError.INTERNAL_SERVER));
        assertThatThrownBy(() -> ACCOUNT.withListFault("us-west-2", 0, "NoSuchException"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void faultArnsCoverEveryFaultId() {
        assertThat(ACCOUNT.faultArns("eu-west-1")).hasSameSizeAs(FaultIds.ALL)
                .allMatch(arn -> arn.startsWith("arn:aws:ivs:eu-west-1:123456789012:recording-configuration/fault-"));
    }
}
