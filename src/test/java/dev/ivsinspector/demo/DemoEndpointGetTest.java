package dev.ivsinspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivs.model.ValidationException;

/** GetRecordingConfiguration and ListTagsForResource through the real SDK client over real HTTP. */
class DemoEndpointGetTest {
    private static final SampleAccount ACCOUNT = SampleAccount.standard();
    private static DemoEndpoint endpoint;

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start(ACCOUNT);
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    /** Every curated configuration, plus a few generated ones in the paging region. */
    static Stream<SampleConfig> sampleConfigs() {
        return ACCOUNT.configs().stream().filter(c -> !GeneratedSamples.isGenerated(c) || c.id().endsWith("7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleConfigs")
    void getsEverySampleConfigurationWithAllItsMembers(SampleConfig expected) {
        try (IvsClient ivs = DemoClients.ivs(endpoint, expected.region())) {
            RecordingConfiguration actual = ivs.getRecordingConfiguration(r -> r.arn(expected.arn()))
                    .recordingConfiguration();
            SampleConfigAssert.assertSame(actual, expected);
        }
    }

    @Test
    void theMinimalConfigurationComesBackWithOnlyTheRequiredMembers() {
        String arn = ACCOUNT.sampleArns().get(1);
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            RecordingConfiguration rc = ivs.getRecordingConfiguration(r -> r.arn(arn)).recordingConfiguration();
            assertThat(rc.arn()).isEqualTo(arn);
            assertThat(rc.destinationConfiguration().s3().bucketName()).isNotBlank();
            assertThat(rc.state()).isNotNull();
            assertThat(rc.name()).isNull();
            assertThat(rc.recordingReconnectWindowSeconds()).isNull();
            assertThat(rc.renditionConfiguration()).isNull();
            assertThat(rc.thumbnailConfiguration()).isNull();
            assertThat(rc.hasTags()).isFalse();
        }
    }

    @Test
    void anUnknownIdIsNotFound() {
        String arn = FaultIds.arn("us-west-2", FaultIds.MISSING);
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            assertThatThrownBy(() -> ivs.getRecordingConfiguration(r -> r.arn(arn)))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
                        assertThat(e.awsErrorDetails().errorMessage()).contains(arn);
                        assertThat(e.requestId()).isNotBlank();
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not-an-arn",
        "arn:aws:ivs:us-west-2:123456789012:channel/AbCdEf123456",
        "arn:aws:ivs:us-west-2:123456789012:recording-configuration/has_underscore",
        "arn:aws:ivs:us-west-2:123456789012:recording-configuration/",
        "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456 "
    })
    void aMalformedArnIsAValidationError(String arn) {
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            assertThatThrownBy(() -> ivs.getRecordingConfiguration(r -> r.arn(arn)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    });
        }
    }

    @Test
    void anArnLongerThan128CharactersIsAValidationErrorEvenIfItsPatternMatches() {
        String prefix = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/";
        String ok = prefix + "a".repeat(128 - prefix.length());
        String tooLong = ok + "a";
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            assertThatThrownBy(() -> ivs.getRecordingConfiguration(r -> r.arn(ok)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> ivs.getRecordingConfiguration(r -> r.arn(tooLong)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("length");
        }
    }

    @Test
    void aClientSignedForAnotherRegionDoesNotSeeTheConfiguration() {
        String usWest2Arn = ACCOUNT.sampleArns().get(0);
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-east-1")) {
            assertThatThrownBy(() -> ivs.getRecordingConfiguration(r -> r.arn(usWest2Arn)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> ivs.listTagsForResource(r -> r.resourceArn(usWest2Arn)))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void listsTheTagsOfConfigurationsAndChannels() {
        SampleConfig richest = ACCOUNT.config(ACCOUNT.sampleArns().get(0)).orElseThrow();
        SampleChannel channel = ACCOUNT.channels("us-west-2").get(0);
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            assertThat(ivs.listTagsForResource(r -> r.resourceArn(richest.arn())).tags())
                    .hasSize(10).isEqualTo(richest.tags());
            assertThat(ivs.listTagsForResource(r -> r.resourceArn(ACCOUNT.sampleArns().get(1))).tags()).isEmpty();
            assertThat(ivs.listTagsForResource(r -> r.resourceArn(channel.arn())).tags())
                    .isEqualTo(channel.tags()).isNotEmpty();
            assertThatThrownBy(() -> ivs.listTagsForResource(
                    r -> r.resourceArn(FaultIds.arn("us-west-2", FaultIds.MISSING))))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(404));
        }
    }

    @Test
    void theTagsOfEveryCuratedConfigurationMatch() {
        for (String region : ACCOUNT.regions()) {
            try (IvsClient ivs = DemoClients.ivs(endpoint, region)) {
                for (SampleConfig c : ACCOUNT.configs(region)) {
                    if (!GeneratedSamples.isGenerated(c)) {
                        Map<String, String> expected = c.tags() == null ? Map.of() : c.tags();
                        assertThat(ivs.listTagsForResource(r -> r.resourceArn(c.arn())).tags())
                                .as(c.arn()).isEqualTo(expected);
                    }
                }
            }
        }
    }
}
