package dev.ivsinspector.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.faults.FaultProxy.Fault;
import dev.ivsinspector.faults.FaultProxy.Kind;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.browse.BrowseViewModel;
import dev.ivsinspector.ui.browse.ConfigRow;
import dev.ivsinspector.ui.browse.RegionStatus;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Server faults in the middle of listing (page 3 of 4 of ListRecordingConfigurations) over real HTTP, through
 * the real SDK client and the real browse view-model: a single 500/503/429 is absorbed by the SDK's retry and
 * every row arrives once; a persistent fault stops the region as FAILED with what had loaded, the pane stays
 * usable, and Continue then loads the rest without a duplicate.
 */
class ListPagingFaultTest {

    private static final String LIST = "/ListRecordingConfigurations";
    private static final String REGION = "eu-central-1";
    private static final int COUNT = 350; // 4 pages of 100

    private static FaultRig rig;
    private BrowseViewModel browse;

    @BeforeAll
    static void start() {
        Fx.start();
        rig = FaultRig.start(SampleAccount.standard().withGenerated(REGION, COUNT));
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    @BeforeEach
    void newPane() {
        browse = new BrowseViewModel(rig.gateway(), new FxTaskExecutor(), arn -> { }, null);
        Fx.run(() -> browse.loadRegions(REGION));
    }

    @AfterEach
    void clear() {
        rig.proxy().clearFaults();
    }

    static Stream<Arguments> serverFaults() {
        return Stream.of(Arguments.of(Fault.status(500, "InternalServerException"), "InternalServerException"),
                Arguments.of(Fault.status(503, "ServiceUnavailableException"), "ServiceUnavailableException"),
                Arguments.of(Fault.status(429, "ThrottlingException"), "throttled"),
                Arguments.of(Fault.of(Kind.MALFORMED), null),
                Arguments.of(Fault.of(Kind.TRUNCATED), null),
                Arguments.of(Fault.of(Kind.RESET), null));
    }

    @ParameterizedTest(name = "a single {0} on page 3 is absorbed by retry")
    @MethodSource("serverFaults")
    void aSingleFaultOnAPageIsRetriedAndEveryRowArrivesOnce(Fault fault, String reason) {
        rig.proxy().fail(LIST, 2, 1, fault);
        int before = rig.proxy().requests(LIST);

        refreshAndWait();

        assertAllRowsOnce();
        assertThat(status().state()).isEqualTo(RegionStatus.State.DONE);
        assertThat(rig.proxy().requests(LIST) - before).as("4 pages + 1 retry").isEqualTo(5);
    }

    @ParameterizedTest(name = "a persistent {0} on page 3 fails the region; Continue loads the rest")
    @MethodSource("serverFaults")
    void aPersistentFaultOnAPageStopsTheRegionAndContinueLoadsTheRest(Fault fault, String reason) {
        rig.proxy().fail(LIST, 2, Integer.MAX_VALUE, fault);

        refreshAndWait();

        assertThat(Fx.call(() -> browse.allRows().size())).isEqualTo(200);
        RegionStatus failed = status();
        assertThat(failed.state()).isEqualTo(RegionStatus.State.FAILED);
        if (reason != null) {
            assertThat(failed.message()).contains(reason);
        }
        assertThat(Fx.call(() -> browse.canContinueProperty().get())).isTrue();
        assertThat(Fx.call(() -> browse.summaryProperty().get())).contains("1 region failed");

        rig.proxy().clearFaults();
        Fx.run(browse::continueLoading);
        Fx.await(() -> !browse.loadingProperty().get());

        assertAllRowsOnce();
        assertThat(status().state()).isEqualTo(RegionStatus.State.DONE);
    }

    @Test
    void anAnswerSlowerThanTheCallTimeoutFailsThePageAsTimedOut() {
        try (SdkIvsGateway impatient = new SdkIvsGateway(ConnectionSettings.demo(rig.proxy().uri())
                .withCallTimeout(Duration.ofMillis(800)))) {
            browse = new BrowseViewModel(impatient, new FxTaskExecutor(), arn -> { }, null);
            Fx.run(() -> browse.loadRegions(REGION));
            rig.proxy().fail(LIST, 1, 1, Fault.slow(Duration.ofMillis(2000)));

            refreshAndWait();

            assertThat(status().state()).isEqualTo(RegionStatus.State.FAILED);
            assertThat(status().message()).isEqualTo("timed out");
            assertThat(Fx.call(() -> browse.allRows().size())).isEqualTo(100);

            Fx.run(browse::continueLoading);
            Fx.await(() -> !browse.loadingProperty().get());
            assertAllRowsOnce();
        }
    }

    @Test
    void aClosedPortFailsTheRegionAsUnreachableAndRefreshWorksOnceItIsBack() {
        rig.proxy().closePort();
        try {
            refreshAndWait();
        } finally {
            rig.proxy().reopen();
        }
        assertThat(status().state()).isEqualTo(RegionStatus.State.FAILED);
        assertThat(status().message()).isEqualTo("unreachable");

        refreshAndWait();

        assertAllRowsOnce();
    }

    private void refreshAndWait() {
        Fx.run(browse::refresh);
        Fx.await(() -> !browse.loadingProperty().get());
    }

    private RegionStatus status() {
        return Fx.call(() -> browse.regionStatuses().stream().filter(s -> s.region().equals(REGION)).findFirst().orElseThrow());
    }

    private void assertAllRowsOnce() {
        List<ConfigRow> rows = Fx.call(() -> List.copyOf(browse.allRows()));
        assertThat(rows).hasSize(COUNT);
        assertThat(rows).extracting(ConfigRow::arn).doesNotHaveDuplicates();
        assertThat(Fx.call(() -> browse.visibleRows().size())).isEqualTo(COUNT);
    }
}
