package dev.ivsinspector.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.Page;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.testing.Fx;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/** Browsing with the real SDK client against the demo endpoint. */
class BrowseViewModelTest {

    private DemoEndpoint endpoint;
    private SdkIvsGateway gateway;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

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
        return Fx.call(() -> {
            BrowseViewModel vm = new BrowseViewModel(gw, Platform::runLater, opened::add);
            vm.loadRegions("us-west-2");
            return vm;
        });
    }

    private static void awaitIdle(BrowseViewModel vm) {
        Fx.await(() -> !vm.loadingProperty().get());
    }

    @Test
    void listsEveryPageOfARegionToTheEnd() {
        BrowseViewModel vm = browse(SampleAccount.standard().withGenerated("ca-central-1", 1234));
        Fx.run(() -> {
            vm.regionProperty().set("ca-central-1");
            vm.refresh();
        });
        awaitIdle(vm);

        assertThat(Fx.call(() -> vm.allRows().size())).isEqualTo(1234);
        assertThat(Fx.call(() -> vm.allRows().stream().map(ConfigRow::arn).distinct().count())).isEqualTo(1234L);
        assertThat(Fx.call(() -> vm.summaryProperty().get())).isEqualTo("1234 configurations");
    }

    @Test
    void aFailedPageKeepsTheRowsAndContinueResumesFromTheSameToken() {
        BrowseViewModel vm = browse(SampleAccount.standard().withGenerated("ca-central-1", 450)
                // Not a throttle: the SDK's standard retries would absorb a single throttled page, as they should.
                .withListFault("ca-central-1", 2, "AccessDeniedException"));
        Fx.run(() -> {
            vm.regionProperty().set("ca-central-1");
            vm.refresh();
        });
        awaitIdle(vm);

        assertThat(Fx.call(() -> vm.allRows().size())).isEqualTo(200);
        assertThat(Fx.call(() -> vm.canContinueProperty().get())).isTrue();
        assertThat(Fx.call(() -> vm.regionStatuses().get(0).state())).isEqualTo(RegionStatus.State.FAILED);
        assertThat(Fx.call(() -> vm.regionStatuses().get(0).toString())).contains("access denied");

        Fx.run(vm::continueLoading);
        awaitIdle(vm);

        assertThat(Fx.call(() -> vm.allRows().size())).isEqualTo(450);
        assertThat(Fx.call(() -> vm.allRows().stream().map(ConfigRow::arn).distinct().count())).isEqualTo(450L);
        assertThat(Fx.call(() -> vm.canContinueProperty().get())).isFalse();
    }

    @Test
    void allRegionsShowsAFailingRegionWithoutHidingTheOthers() {
        BrowseViewModel vm = browse(SampleAccount.standard().withListFault("eu-west-1", 0, "AccessDeniedException"));
        Fx.run(() -> {
            vm.allRegionsProperty().set(true);
            vm.refresh();
        });
        awaitIdle(vm);

        List<RegionStatus> statuses = Fx.call(() -> List.copyOf(vm.regionStatuses()));
        assertThat(statuses).hasSize(Fx.call(() -> vm.regions().size()));
        assertThat(statuses).filteredOn(s -> s.region().equals("eu-west-1"))
                .singleElement().satisfies(s -> {
                    assertThat(s.state()).isEqualTo(RegionStatus.State.FAILED);
                    assertThat(s.message()).contains("access denied");
                });
        assertThat(statuses).filteredOn(s -> s.region().equals("us-west-2")).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(RegionStatus.State.DONE));
        List<String> regionsWithRows = Fx.call(() -> vm.allRows().stream().map(ConfigRow::region).distinct().toList());
        assertThat(regionsWithRows).contains("us-west-2", "us-east-1", "ap-northeast-1").doesNotContain("eu-west-1");
    }

    @Test
    void choosingAnotherRegionOrAllRegionsListsWithoutPressingRefresh() {
        BrowseViewModel vm = browse(SampleAccount.standard());

        Fx.run(() -> vm.regionProperty().set("eu-west-1"));
        awaitIdle(vm);
        assertThat(Fx.call(() -> vm.allRows().stream().map(ConfigRow::region).distinct().toList())).containsExactly("eu-west-1");

        Fx.run(() -> vm.allRegionsProperty().set(true));
        Fx.await(() -> !vm.loadingProperty().get() && vm.regionStatuses().size() == vm.regions().size());
        assertThat(Fx.call(() -> vm.allRows().stream().map(ConfigRow::region).distinct().count())).isGreaterThanOrEqualTo(4L);
    }

    @Test
    void theFilterMatchesNameBucketArnAndTagsAndTheStateToggles() {
        BrowseViewModel vm = browse(SampleAccount.standard());
        Fx.run(vm::refresh);
        awaitIdle(vm);
        int all = Fx.call(() -> vm.visibleRows().size());

        Fx.run(() -> vm.filterTextProperty().set("PROD-LIVE"));
        assertThat(Fx.call(() -> vm.visibleRows().stream().map(ConfigRow::name).toList())).containsExactly("prod-live-recordings");
        Fx.run(() -> vm.filterTextProperty().set("cost-center"));
        assertThat(Fx.call(() -> vm.visibleRows().size())).isGreaterThanOrEqualTo(1);
        Fx.run(() -> {
            vm.filterTextProperty().set("");
            vm.showActiveProperty().set(false);
        });
        assertThat(Fx.call(() -> vm.visibleRows().stream().map(ConfigRow::state).distinct().toList()))
                .doesNotContain("ACTIVE");
        assertThat(Fx.call(() -> vm.visibleRows().size())).isLessThan(all);
        assertThat(Fx.call(() -> vm.summaryProperty().get())).contains(" of " + all);
    }

    @Test
    void pagesWaitWhileTheViewHoldsThemAndFlowAgainWhenReleased() throws Exception {
        BrowseViewModel vm = browse(SampleAccount.standard().withGenerated("ca-central-1", 450));
        int before = endpoint.requestCount();
        Fx.run(() -> {
            vm.holdPages(true);
            vm.regionProperty().set("ca-central-1");
        });
        Fx.await(() -> endpoint.requestCount() > before);
        // Well within the hold limit: the first page waits, and the second is not asked for.
        Thread.sleep(BrowseViewModel.PAGE_HOLD_LIMIT.toMillis() / 3);
        assertThat(endpoint.requestCount() - before).isEqualTo(1);
        assertThat(Fx.call(() -> vm.allRows().size())).isZero();

        Fx.run(() -> vm.holdPages(false));
        awaitIdle(vm);
        assertThat(Fx.call(() -> vm.allRows().size())).isEqualTo(450);
        assertThat(endpoint.requestCount() - before).isEqualTo(5);
    }

    @Test
    void aHoldThatIsNeverReleasedSlowsListingButNeverStopsIt() {
        BrowseViewModel vm = browse(SampleAccount.standard().withGenerated("ca-central-1", 150));
        long start = System.nanoTime();
        Fx.run(() -> {
            vm.holdPages(true);
            vm.regionProperty().set("ca-central-1");
        });
        awaitIdle(vm);

        assertThat(Fx.call(() -> vm.allRows().size())).isEqualTo(150);
        // Each of the two pages waited the whole limit.
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(2 * BrowseViewModel.PAGE_HOLD_LIMIT.toNanos());
    }

    @Test
    void cancelKeepsWhatHasLoadedAndContinueFinishesTheList() throws Exception {
        java.util.concurrent.Semaphore pages = new java.util.concurrent.Semaphore(2);
        SlowListGateway slow = new SlowListGateway(pages);
        BrowseViewModel vm = browse(slow);
        Fx.run(() -> {
            vm.regionProperty().set("us-west-2");
            vm.refresh();
        });
        Fx.await(() -> vm.allRows().size() == 200);
        Fx.run(vm::cancel);

        assertThat(Fx.call(() -> vm.loadingProperty().get())).isFalse();
        assertThat(Fx.call(() -> vm.allRows().size())).isEqualTo(200);
        assertThat(Fx.call(() -> vm.regionStatuses().get(0).state())).isEqualTo(RegionStatus.State.CANCELLED);

        pages.release(100);
        Fx.run(vm::continueLoading);
        awaitIdle(vm);
        assertThat(Fx.call(() -> vm.allRows().size())).isEqualTo(500);
        assertThat(Fx.call(() -> vm.allRows().stream().map(ConfigRow::arn).distinct().count())).isEqualTo(500L);
    }

    @Test
    void openingARowHandsItsArnToTheInspector() {
        BrowseViewModel vm = browse(SampleAccount.standard());
        Fx.run(vm::refresh);
        awaitIdle(vm);

        Fx.run(() -> vm.open(vm.visibleRows().get(0)));

        assertThat(opened).containsExactly(Fx.call(() -> vm.visibleRows().get(0).arn()));
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

    /** Serves 5 pages of 100, each page waiting for a permit: lets a test cancel between pages. */
    private static final class SlowListGateway implements IvsGateway {
        private final java.util.concurrent.Semaphore permits;

        SlowListGateway(java.util.concurrent.Semaphore permits) {
            this.permits = permits;
        }

        @Override
        public Page<RecordingConfigurationSummary> listRecordingConfigurations(String region, String nextToken, int max) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw IvsCallException.of(dev.ivsinspector.aws.ErrorKind.CANCELLED, "ListRecordingConfigurations", "cancelled");
            }
            int from = nextToken == null ? 0 : Integer.parseInt(nextToken);
            List<RecordingConfigurationSummary> items = java.util.stream.IntStream.range(from, from + 100)
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
