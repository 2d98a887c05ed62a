package dev.ivsinspector.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.Page;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/** Browsing with the real SDK client against the demo endpoint. */
class BrowseViewModelTest {

    private DemoEndpoint endpoint;
    private SdkIvsGateway gateway;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private BrowseViewModel browse(SampleAccount account) {
        endpoint = DemoEndpoint.start(account);
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
        return browse(gateway);
    }

    private BrowseViewModel browse(IvsGateway gw) {
        BrowseViewModel vm = new BrowseViewModel(gw, new CurrentThreadTaskExecutor(), opened::add, null);
        vm.loadRegions("us-west-2");
        return vm;
    }

    private static void assertIdle(BrowseViewModel vm) {
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void listsEveryPageOfARegionToTheEnd() {
        BrowseViewModel vm = browse(SampleAccount.standard().withGenerated("ca-central-1", 1234));
        vm.regionProperty().set("ca-central-1"); // lists at once, as a picker does
        assertIdle(vm);

        assertThat(vm.allRows().size()).isEqualTo(1234);
        assertThat(vm.allRows().stream().map(ConfigRow::arn).distinct().count()).isEqualTo(1234L);
        assertThat(vm.summaryProperty().get()).isEqualTo("1234 configurations");
    }

    @Test
    void aFailedPageKeepsTheRowsAndContinueResumesFromTheSameToken() {
        BrowseViewModel vm = browse(SampleAccount.standard().withGenerated("ca-central-1", 450)
                // Not a throttle: the SDK's standard retries would absorb a single throttled page, as they should.
                .withListFault("ca-central-1", 2, "AccessDeniedException"));
        vm.regionProperty().set("ca-central-1"); // lists at once, as a picker does
        assertIdle(vm);

        assertThat(vm.allRows().size()).isEqualTo(200);
        assertThat(vm.canContinueProperty().get()).isTrue();
        assertThat(vm.regionStatuses().get(0).state()).isEqualTo(RegionStatus.State.FAILED);
        assertThat(vm.regionStatuses().get(0).toString()).contains("access denied");

        vm.continueLoading();
        assertIdle(vm);

        assertThat(vm.allRows().size()).isEqualTo(450);
        assertThat(vm.allRows().stream().map(ConfigRow::arn).distinct().count()).isEqualTo(450L);
        assertThat(vm.canContinueProperty().get()).isFalse();
    }

    @Test
    void allRegionsShowsAFailingRegionWithoutHidingTheOthers() {
        BrowseViewModel vm = browse(SampleAccount.standard().withListFault("eu-west-1", 0, "AccessDeniedException"));
        vm.allRegionsProperty().set(true);
        assertIdle(vm);

        List<RegionStatus> statuses = List.copyOf(vm.regionStatuses());
        assertThat(statuses).hasSize(vm.regions().size());
        assertThat(statuses).filteredOn(s -> s.region().equals("eu-west-1"))
                .singleElement().satisfies(s -> {
                    assertThat(s.state()).isEqualTo(RegionStatus.State.FAILED);
                    assertThat(s.message()).contains("access denied");
                });
        assertThat(statuses).filteredOn(s -> s.region().equals("us-west-2")).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(RegionStatus.State.DONE));
        List<String> regionsWithRows = vm.allRows().stream().map(ConfigRow::region).distinct().toList();
        assertThat(regionsWithRows).contains("us-west-2", "us-east-1", "ap-northeast-1").doesNotContain("eu-west-1");
    }

    @Test
    void choosingAnotherRegionOrAllRegionsListsWithoutPressingRefresh() {
        BrowseViewModel vm = browse(SampleAccount.standard());

        vm.regionProperty().set("eu-west-1");
        assertIdle(vm);
        assertThat(vm.allRows().stream().map(ConfigRow::region).distinct().toList()).containsExactly("eu-west-1");

        vm.allRegionsProperty().set(true);
        assertIdle(vm);
        assertThat(vm.regionStatuses()).hasSize(vm.regions().size());
        assertThat(vm.allRows().stream().map(ConfigRow::region).distinct().count()).isGreaterThanOrEqualTo(4L);
    }

    @Test
    void theFilterMatchesNameBucketArnAndTagsAndTheStateToggles() {
        BrowseViewModel vm = browse(SampleAccount.standard());
        vm.refresh();
        assertIdle(vm);
        int all = vm.visibleRows().size();

        vm.filterTextProperty().set("PROD-LIVE");
        assertThat(vm.visibleRows().stream().map(ConfigRow::name).toList()).containsExactly("prod-live-recordings");
        vm.filterTextProperty().set("cost-center");
        assertThat(vm.visibleRows().size()).isGreaterThanOrEqualTo(1);
        vm.filterTextProperty().set("");
        vm.showActiveProperty().set(false);
        assertThat(vm.visibleRows().stream().map(ConfigRow::state).distinct().toList())
                .doesNotContain("ACTIVE");
        assertThat(vm.visibleRows().size()).isLessThan(all);
        assertThat(vm.summaryProperty().get()).contains(" of " + all);
    }

    @Test
    void aHoldThatIsNeverReleasedSlowsListingButNeverStopsIt() {
        BrowseViewModel vm = browse(SampleAccount.standard().withGenerated("ca-central-1", 150));
        long start = System.nanoTime();
        vm.holdPages(true);
        vm.regionProperty().set("ca-central-1");
        assertIdle(vm);

        assertThat(vm.allRows().size()).isEqualTo(150);
        // Each of the two pages waited the whole limit.
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(2 * PageHold.LIMIT.toNanos());
    }

    @Test
    void cancelKeepsWhatHasLoadedAndContinueFinishesTheList() {
        CancellingListGateway listing = new CancellingListGateway();
        BrowseViewModel vm = browse(listing);
        // The user cancels while the third page is on its way.
        listing.onThirdPage = vm::cancel;
        vm.refresh();

        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.allRows().size()).isEqualTo(200);
        assertThat(vm.regionStatuses().get(0).state()).isEqualTo(RegionStatus.State.CANCELLED);
        assertThat(vm.canContinueProperty().get()).isTrue();

        vm.continueLoading();
        assertIdle(vm);
        assertThat(vm.allRows().size()).isEqualTo(500);
        assertThat(vm.allRows().stream().map(ConfigRow::arn).distinct().count()).isEqualTo(500L);
        assertThat(listing.tokensAsked).containsExactly(null, "100", "200", "200", "300", "400");
    }

    @Test
    void openingARowHandsItsArnToTheInspector() {
        BrowseViewModel vm = browse(SampleAccount.standard());
        vm.refresh();
        assertIdle(vm);

        vm.open(vm.visibleRows().get(0));

        assertThat(opened).containsExactly(vm.visibleRows().get(0).arn());
    }

    @Test
    void rowFilterNeedsEveryWord() {
        ConfigRow row = ConfigRow.of("us-west-2", RecordingConfigurationSummary.builder()
                .arn("arn:aws:ivs:us-west-2:1:recording-configuration/x").name("Finals").state("ACTIVE")
                .destinationConfiguration(d -> d.s3(s -> s.bucketName("esports-bucket"))).tags(Map.of("Team", "Red")).build());

        assertThat(new RowFilter("finals red", Set.of("ACTIVE")).test(row)).isTrue();
        assertThat(new RowFilter("finals blue", Set.of("ACTIVE")).test(row)).isFalse();
        assertThat(new RowFilter("esports", Set.of("CREATING")).test(row)).isFalse();
    }

    /**
     * Serves 5 pages of 100. The request for the third page runs {@code onThirdPage} (once) and then fails as a
     * cancelled call does: the way to cancel between pages with a synchronous executor.
     */
    @Test
    void aRegionThatFailedForWantOfASignInIsListedByWhatTheSignInRuns() {
        BrowseViewModel ready = browse(SampleAccount.standard());
        ready.loadRegions("us-west-2");
        java.util.concurrent.atomic.AtomicBoolean signedIn = new java.util.concurrent.atomic.AtomicBoolean();
        SsoGatedGateway gated = new SsoGatedGateway(gateway, signedIn);
        BrowseViewModel vm = browse(gated);
        vm.refresh();
        assertIdle(vm);
        assertThat(vm.regionStatuses()).extracting(Object::toString)
                .containsExactly("us-west-2: failed after 0 — SSO sign-in needed");

        signedIn.set(true);
        vm.continueLoading(); // what the main window runs after every successful sign-in
        assertIdle(vm);
        assertThat(vm.allRows()).isNotEmpty();
        assertThat(vm.regionStatuses()).extracting(RegionStatus::state).containsExactly(RegionStatus.State.DONE);
        assertThat(vm.summaryProperty().get()).doesNotContain("failed");
    }

    /** The demo account over real HTTP, answered only once "signed in", as an SSO profile's credentials are. */
    private record SsoGatedGateway(IvsGateway real, java.util.concurrent.atomic.AtomicBoolean signedIn) implements IvsGateway {
        @Override
        public Page<RecordingConfigurationSummary> listRecordingConfigurations(String region, String nextToken, int max) {
            if (!signedIn.get()) {
                throw IvsCallException.of(ErrorKind.SSO_TOKEN_EXPIRED, "ListRecordingConfigurations", "sign-in needed");
            }
            return real.listRecordingConfigurations(region, nextToken, max);
        }

        @Override
        public GetRecordingConfigurationResponse getRecordingConfiguration(RecordingConfigurationArn arn) {
            return real.getRecordingConfiguration(arn);
        }

        @Override
        public Page<ChannelSummary> listChannelsUsing(RecordingConfigurationArn arn, String nextToken) {
            return real.listChannelsUsing(arn, nextToken);
        }

        @Override
        public Map<String, String> tags(RecordingConfigurationArn arn) {
            return real.tags(arn);
        }

        @Override
        public List<String> regions() {
            return real.regions();
        }
    }

    private static final class CancellingListGateway implements IvsGateway {
        Runnable onThirdPage;
        final List<String> tokensAsked = new ArrayList<>();

        @Override
        public Page<RecordingConfigurationSummary> listRecordingConfigurations(String region, String nextToken, int max) {
            tokensAsked.add(nextToken);
            if ("200".equals(nextToken) && onThirdPage != null) {
                Runnable cancel = onThirdPage;
                onThirdPage = null;
                cancel.run();
                throw IvsCallException.of(ErrorKind.CANCELLED, "ListRecordingConfigurations", "cancelled");
            }
            int from = nextToken == null ? 0 : Integer.parseInt(nextToken);
            List<RecordingConfigurationSummary> items = IntStream.range(from, from + 100)
                    .mapToObj(i -> RecordingConfigurationSummary.builder()
                            .arn("arn:aws:ivs:us-west-2:1:recording-configuration/c" + i).name("c" + i).state("ACTIVE")
                            .destinationConfiguration(d -> d.s3(s -> s.bucketName("b"))).build())
                    .toList();
            return new Page<>(items, from + 100 < 500 ? Integer.toString(from + 100) : null);
        }

        @Override
        public GetRecordingConfigurationResponse getRecordingConfiguration(RecordingConfigurationArn arn) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<ChannelSummary> listChannelsUsing(RecordingConfigurationArn arn, String nextToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> tags(RecordingConfigurationArn arn) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> regions() {
            return List.of("us-west-2");
        }
    }
}
