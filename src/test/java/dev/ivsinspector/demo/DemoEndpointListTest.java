package dev.ivsinspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;
import software.amazon.awssdk.services.ivs.model.ConflictException;
import software.amazon.awssdk.services.ivs.model.ListRecordingConfigurationsResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;
import software.amazon.awssdk.services.ivs.model.ThrottlingException;
import software.amazon.awssdk.services.ivs.model.ValidationException;

/** ListRecordingConfigurations and ListChannels: paging, limits, per-region answers and filters. */
class DemoEndpointListTest {
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

    @ParameterizedTest(name = "maxResults {0}")
    @ValueSource(ints = {100, 7})
    void listsEveryConfigurationOfTheRegionPageByPage(int maxResults) {
        String region = "ap-south-1";
        List<SampleConfig> expected = ACCOUNT.configs(region);
        assertThat(expected).hasSize(300);
        List<RecordingConfigurationSummary> seen = new ArrayList<>();
        int pages = 0;
        try (IvsClient ivs = DemoClients.ivs(endpoint, region)) {
            String token = null;
            do {
                String next = token;
                ListRecordingConfigurationsResponse page = ivs.listRecordingConfigurations(
                        r -> r.maxResults(maxResults).nextToken(next));
                assertThat(page.recordingConfigurations()).hasSizeLessThanOrEqualTo(maxResults).isNotEmpty();
                seen.addAll(page.recordingConfigurations());
                token = page.nextToken();
                pages++;
            } while (token != null);
        }
        assertThat(pages).isEqualTo((expected.size() + maxResults - 1) / maxResults);
        assertThat(seen).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            SampleConfigAssert.assertSame(seen.get(i), expected.get(i));
        }
    }

    @Test
    void theDefaultPageSizeIs50AndTheLastPageHasNoNextToken() {
        try (IvsClient ivs = DemoClients.ivs(endpoint, "ap-south-1")) {
            ListRecordingConfigurationsResponse first = ivs.listRecordingConfigurations(r -> { });
            assertThat(first.recordingConfigurations()).hasSize(50);
            assertThat(first.nextToken()).isNotBlank();
        }
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            ListRecordingConfigurationsResponse only = ivs.listRecordingConfigurations(r -> r.maxResults(100));
            assertThat(only.nextToken()).isNull();
            assertThat(only.recordingConfigurations()).extracting(RecordingConfigurationSummary::arn)
                    .containsExactlyElementsOf(ACCOUNT.configs("us-west-2").stream().map(SampleConfig::arn).toList());
        }
    }

    @Test
    void theSdkPaginatorWalksToTheEnd() {
        try (IvsClient ivs = DemoClients.ivs(endpoint, "ap-south-1")) {
            long count = ivs.listRecordingConfigurationsPaginator(r -> r.maxResults(33))
                    .stream().mapToLong(p -> p.recordingConfigurations().size()).sum();
            assertThat(count).isEqualTo(300);
        }
    }

    @Test
    void aClientSignedForUsEast1ListsOnlyUsEast1() {
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-east-1")) {
            List<String> arns = ivs.listRecordingConfigurations(r -> r.maxResults(100))
                    .recordingConfigurations().stream().map(RecordingConfigurationSummary::arn).toList();
            assertThat(arns).isNotEmpty()
                    .allMatch(arn -> arn.startsWith("arn:aws:ivs:us-east-1:"))
                    .hasSize(ACCOUNT.configs("us-east-1").size());
        }
        try (IvsClient ivs = DemoClients.ivs(endpoint, "sa-east-1")) {
            assertThat(ivs.listRecordingConfigurations(r -> { }).recordingConfigurations()).isEmpty();
        }
    }

    @ParameterizedTest(name = "maxResults {0}")
    @ValueSource(ints = {0, 101, -1})
    void maxResultsOutside1To100IsAValidationError(int maxResults) {
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            assertThatThrownBy(() -> ivs.listRecordingConfigurations(r -> r.maxResults(maxResults)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorMessage()).contains("maxResults");
                    });
            assertThatThrownBy(() -> ivs.listChannels(r -> r.maxResults(maxResults)))
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aNextTokenThatWasNotIssuedHereIsAValidationError() {
        String otherRegionToken;
        try (IvsClient ivs = DemoClients.ivs(endpoint, "ap-south-1")) {
            otherRegionToken = ivs.listRecordingConfigurations(r -> r.maxResults(10)).nextToken();
            assertThatThrownBy(() -> ivs.listRecordingConfigurations(r -> r.nextToken("garbage!")))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ivs.listChannels(r -> r.nextToken(otherRegionToken)))
                    .as("a token of another operation").isInstanceOf(ValidationException.class);
        }
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-east-1")) {
            assertThatThrownBy(() -> ivs.listRecordingConfigurations(r -> r.nextToken(otherRegionToken)))
                    .as("a token of another region").isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aListFaultFailsOnceAndTheSameNextTokenThenSucceeds() {
        SampleAccount faulty = SampleAccount.standard().withListFault("ap-south-1", 2, "ThrottlingException");
        try (DemoEndpoint ep = DemoEndpoint.start(faulty); IvsClient ivs = DemoClients.ivs(ep, "ap-south-1")) {
            List<String> arns = new ArrayList<>();
            String token = null;
            int throttled = 0;
            do {
                String next = token;
                try {
                    ListRecordingConfigurationsResponse page =
                            ivs.listRecordingConfigurations(r -> r.maxResults(100).nextToken(next));
                    page.recordingConfigurations().forEach(c -> arns.add(c.arn()));
                    token = page.nextToken();
                } catch (ThrottlingException e) {
                    assertThat(arns).as("fails on the third page").hasSize(200);
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.isThrottlingException()).isTrue();
                    throttled++;
                }
            } while (token != null);
            assertThat(throttled).isEqualTo(1);
            assertThat(arns).doesNotHaveDuplicates()
                    .containsExactlyElementsOf(faulty.configs("ap-south-1").stream().map(SampleConfig::arn).toList());
        }
    }

    @Test
    void tenThousandGeneratedConfigurationsListIn100Pages() {
        SampleAccount big = SampleAccount.empty().withGenerated("us-east-2", 10_000);
        try (DemoEndpoint ep = DemoEndpoint.start(big); IvsClient ivs = DemoClients.ivs(ep, "us-east-2")) {
            long started = System.nanoTime();
            long count = ivs.listRecordingConfigurationsPaginator(r -> r.maxResults(100))
                    .stream().mapToLong(p -> p.recordingConfigurations().size()).sum();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(count).isEqualTo(10_000);
            assertThat(ep.requestCount()).isEqualTo(100);
            // ~40 ms per page would mean Nagle is back (TCP_NODELAY lost): 100 pages would take 4 s or more.
            assertThat(millis).as("100 pages in %d ms", millis).isLessThan(4_000);
        }
    }

    @Test
    void listsTheChannelsOfARecordingConfiguration() {
        String richest = ACCOUNT.sampleArns().get(0);
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            List<ChannelSummary> channels = ivs.listChannels(r -> r.filterByRecordingConfigurationArn(richest))
                    .channels();
            assertThat(channels).extracting(ChannelSummary::name)
                    .containsExactly("main-stage", "main-stage-backup");
            ChannelSummary advanced = channels.get(1);
            SampleChannel expected = ACCOUNT.channel(advanced.arn()).orElseThrow();
            assertThat(advanced.typeAsString()).isEqualTo("ADVANCED_HD");
            assertThat(advanced.presetAsString()).isEqualTo("HIGHER_BANDWIDTH_DELIVERY");
            assertThat(advanced.latencyModeAsString()).isEqualTo("NORMAL");
            assertThat(advanced.authorized()).isTrue();
            assertThat(advanced.insecureIngest()).isFalse();
            assertThat(advanced.recordingConfigurationArn()).isEqualTo(richest);
            assertThat(advanced.playbackRestrictionPolicyArn()).isEqualTo(expected.playbackRestrictionPolicyArn());
            assertThat(advanced.tags()).isEqualTo(expected.tags());

            assertThat(ivs.listChannels(r -> r.filterByName("lobby-cam")).channels()).singleElement()
                    .satisfies(ch -> {
                        assertThat(ch.typeAsString()).isEqualTo("BASIC");
                        assertThat(ch.recordingConfigurationArn()).isEmpty();
                        assertThat(ch.insecureIngest()).isTrue();
                    });
            assertThat(ivs.listChannels(r -> { }).channels()).hasSize(ACCOUNT.channels("us-west-2").size());
            assertThatThrownBy(() -> ivs.listChannels(r -> r.filterByName("main-stage")
                    .filterByRecordingConfigurationArn(richest)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        }
    }

    @Test
    void channelsArePagedAndPerRegion() {
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            var first = ivs.listChannels(r -> r.maxResults(3));
            assertThat(first.channels()).hasSize(3);
            var second = ivs.listChannels(r -> r.maxResults(3).nextToken(first.nextToken()));
            assertThat(second.channels()).hasSize(ACCOUNT.channels("us-west-2").size() - 3);
            assertThat(second.nextToken()).isNull();
        }
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-east-1")) {
            String failedConfig = "arn:aws:ivs:us-east-1:123456789012:recording-configuration/Tr3Ee4Ww5Qq6";
            assertThat(ivs.listChannels(r -> r.filterByRecordingConfigurationArn(failedConfig)).channels())
                    .extracting(ChannelSummary::name).containsExactly("staging-test");
        }
    }
}
