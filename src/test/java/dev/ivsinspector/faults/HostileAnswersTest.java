package dev.ivsinspector.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.FaultIds;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.model.Bounds;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.testing.RecordingDialogs;
import dev.ivsinspector.ui.browse.BrowseViewModel;
import dev.ivsinspector.ui.browse.RegionStatus;
import dev.ivsinspector.ui.common.ErrorMessages;
import dev.ivsinspector.ui.common.ErrorReport;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.inspector.ChannelsViewModel;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * Answers a broken or hostile endpoint could send, from the demo endpoint's fault ids over real HTTP through the
 * real SDK client: each ends in a message or a bounded display, and the app stays usable.
 */
class HostileAnswersTest {

    private static final String NEVER_ENDING_REGION = "ap-northeast-2";

    private static DemoEndpoint endpoint;
    private static SdkIvsGateway gateway;

    @BeforeAll
    static void start() {
        Fx.start();
        endpoint = DemoEndpoint.start(SampleAccount.standard().withGenerated(NEVER_ENDING_REGION, 30)
                .withNeverEndingListing(NEVER_ENDING_REGION));
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        endpoint.close();
    }

    private static RecordingConfigurationArn arn(String faultId) {
        return RecordingConfigurationArn.parse(FaultIds.arn("us-west-2", faultId));
    }

    @Test
    void anAnswerLargerThanTheBoundIsRefusedAfterOneRequest() {
        int before = endpoint.requestCount();

        IvsCallException failure = catchThrowableOfType(IvsCallException.class,
                () -> gateway.getRecordingConfiguration(arn(FaultIds.HUGE_TAGS)));

        assertThat(failure.kind()).isEqualTo(ErrorKind.ANSWER_TOO_LARGE);
        assertThat(failure.getMessage()).contains(String.format("%,d bytes", Bounds.ANSWER_BYTES));
        // The SDK does not retry it; the JDK's HttpURLConnection may resend a POST once when it is cut.
        assertThat(endpoint.requestCount() - before).as("not retried by the SDK").isBetween(1, 2);
        assertThat(gateway.getRecordingConfiguration(arn(FaultIds.BIDI_NAME)).recordingConfiguration().arn())
                .as("the next call works").endsWith(FaultIds.BIDI_NAME);
    }

    @Test
    void anAnswerUnderTheBoundIsAcceptedWhole() {
        RecordingConfiguration config = gateway.getRecordingConfiguration(arn(FaultIds.LARGE_TAGS)).recordingConfiguration();
        assertThat(config.tags()).hasSize(4).allSatisfy((k, v) -> assertThat(v).hasSize(1024 * 1024));
    }

    @Test
    void aHugeErrorMessageEndsInADialogOfBoundedSize() {
        RecordingDialogs dialogs = new RecordingDialogs();
        InspectorViewModel vm = FaultTesting.inspector(gateway, dialogs);

        FaultTesting.fetch(vm, FaultIds.arn("us-west-2", FaultIds.HUGE_ERROR));

        assertThat(dialogs.errors()).hasSize(1);
        ErrorReport report = dialogs.errors().get(0);
        assertThat(report.title()).isEqualTo(FaultTesting.titleOf(ErrorKind.VALIDATION));
        assertThat(report.details()).contains("Broken service message: xxx", "cut:")
                .hasSizeLessThan(Bounds.DETAILS_TEXT_CHARS + 100);
        assertThat(report.header().length() + report.meaning().length() + report.action().length())
                .isLessThan(Bounds.DIALOG_TEXT_CHARS + 1000);
        FaultTesting.fetch(vm, FaultTesting.RICH);
        assertThat(FaultTesting.bucketShown(vm)).as("usable after").isEqualTo(FaultTesting.RICH_BUCKET);
    }

    @Test
    void aRepeatingChannelTokenStopsTheListingKeepsWhatWasListedAndSaysWhy() {
        ChannelsViewModel channels = new ChannelsViewModel(gateway, new FxTaskExecutor());
        int before = endpoint.requestCount();

        Fx.run(() -> channels.load(arn(FaultIds.REPEATING_TOKEN)));
        Fx.await(() -> !channels.loadingProperty().get());

        assertThat(endpoint.requestCount() - before).as("first page, then the token once").isEqualTo(2);
        assertThat(Fx.call(() -> channels.channels().size())).isEqualTo(2);
        assertThat(Fx.call(() -> channels.messageProperty().get()))
                .contains("2 channels", "stopped after 2 pages", "already sent");
    }

    @Test
    void aCyclingChannelTokenStopsWhereTheCycleCloses() {
        ChannelsViewModel channels = new ChannelsViewModel(gateway, new FxTaskExecutor());
        int before = endpoint.requestCount();

        Fx.run(() -> channels.load(arn(FaultIds.CYCLING_TOKEN)));
        Fx.await(() -> !channels.loadingProperty().get());

        // null → a → b → c → a: four pages, and "a" is not asked for again.
        assertThat(endpoint.requestCount() - before).isEqualTo(4);
        assertThat(Fx.call(() -> channels.messageProperty().get())).contains("stopped after 4 pages");
    }

    @Test
    void aNeverEndingRegionListingStopsAsFailedWithItsRowsAndNoContinue() {
        BrowseViewModel browse = new BrowseViewModel(gateway, new FxTaskExecutor(), a -> { }, null);
        Fx.run(() -> browse.loadRegions(NEVER_ENDING_REGION));
        int before = endpoint.requestCount();

        Fx.run(browse::refresh);
        Fx.await(() -> !browse.loadingProperty().get());

        RegionStatus status = Fx.call(() -> browse.regionStatuses().get(0));
        assertThat(endpoint.requestCount() - before).as(status.toString()).isEqualTo(2);
        assertThat(Fx.call(() -> browse.allRows().size())).as("both pages kept").isEqualTo(60);
        assertThat(status.state()).isEqualTo(RegionStatus.State.FAILED);
        assertThat(status.toString()).contains("stopped after 2 pages", "already sent");
        assertThat(Fx.call(() -> browse.canContinueProperty().get())).as("Continue would loop again").isFalse();
    }

    @Test
    void theDialogForAStoppedListingSaysWhy() {
        ErrorReport report = ErrorMessages.load().describe(IvsCallException.of(ErrorKind.PAGING_STOPPED, "ListChannels",
                "stopped after 3 pages: the service sent a page token it had already sent"), "arn", "us-west-2");
        assertThat(report.meaning()).contains("stopped after 3 pages");
    }
}
