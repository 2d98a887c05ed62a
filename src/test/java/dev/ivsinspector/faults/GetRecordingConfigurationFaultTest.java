package dev.ivsinspector.faults;

import static dev.ivsinspector.faults.FaultTesting.RICH;
import static dev.ivsinspector.faults.FaultTesting.RICH_BUCKET;
import static dev.ivsinspector.faults.FaultTesting.bucketShown;
import static dev.ivsinspector.faults.FaultTesting.fetch;
import static dev.ivsinspector.faults.FaultTesting.titleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.FaultIds;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.faults.FaultProxy.Fault;
import dev.ivsinspector.faults.FaultProxy.Kind;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.testing.RecordingDialogs;
import dev.ivsinspector.ui.common.ErrorReport;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.time.Duration;
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
 * Server faults on GetRecordingConfiguration over real HTTP on loopback, through the real SDK client (standard
 * retries), the real inspector view-model and its dialogs: a single 500/503/429 is absorbed by the SDK's retry,
 * a persistent one ends in the right dialog; unreadable, cut and dropped answers, a slow answer and a closed port
 * each end in their own dialog. After every fault the view-model is idle and the next fetch succeeds.
 */
class GetRecordingConfigurationFaultTest {

    private static final String GET = "/GetRecordingConfiguration";

    private static FaultRig rig;
    private static SdkIvsGateway impatient;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private InspectorViewModel vm;

    @BeforeAll
    static void start() {
        Fx.start();
        rig = FaultRig.start(SampleAccount.standard().withSlowDelay(Duration.ofSeconds(3)));
        impatient = new SdkIvsGateway(ConnectionSettings.demo(rig.endpoint().uri()).withCallTimeout(Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() {
        impatient.close();
        rig.close();
    }

    @BeforeEach
    void newViewModel() {
        vm = FaultTesting.inspector(rig.gateway(), dialogs);
    }

    @AfterEach
    void clear() {
        rig.proxy().clearFaults();
    }

    static Stream<Arguments> singleFaults() {
        return Stream.of(Arguments.of(Fault.status(500, "InternalServerException")),
                Arguments.of(Fault.status(503, "ServiceUnavailableException")),
                Arguments.of(Fault.status(429, "ThrottlingException")));
    }

    @ParameterizedTest(name = "a single {0} is absorbed by the SDK's retry")
    @MethodSource("singleFaults")
    void aSingleServerFaultIsRetriedAndNeverReachesTheUser(Fault fault) {
        rig.proxy().fail(GET, 0, 1, fault);
        int before = rig.proxy().requests(GET);

        fetch(vm, RICH);

        assertThat(dialogs.errors()).isEmpty();
        assertThat(bucketShown(vm)).isEqualTo(RICH_BUCKET);
        assertThat(rig.proxy().requests(GET) - before).as("the failed attempt and its retry").isEqualTo(2);
    }

    static Stream<Arguments> persistentFaults() {
        return Stream.of(
                Arguments.of(FaultIds.INTERNAL, ErrorKind.INTERNAL_SERVER, "InternalServerException"),
                Arguments.of(FaultIds.UNAVAILABLE, ErrorKind.INTERNAL_SERVER, "ServiceUnavailableException"),
                Arguments.of(FaultIds.THROTTLE, ErrorKind.THROTTLED, "ThrottlingException"),
                Arguments.of(FaultIds.GARBAGE, ErrorKind.UNPARSEABLE_RESPONSE, null),
                Arguments.of(FaultIds.TRUNCATED, ErrorKind.UNPARSEABLE_RESPONSE, null));
    }

    @ParameterizedTest(name = "{0}: a {1} dialog, then the next fetch works")
    @MethodSource("persistentFaults")
    void aPersistentFaultEndsInItsDialogAndTheNextFetchSucceeds(String faultId, ErrorKind kind, String code) {
        String arn = FaultIds.arn("us-west-2", faultId);
        int before = rig.proxy().requests(GET);

        fetch(vm, arn);

        assertThat(dialogs.errors()).hasSize(1);
        ErrorReport report = dialogs.errors().get(0);
        assertThat(report.title()).isEqualTo(titleOf(kind));
        assertThat(report.details()).contains("Resource: " + arn).contains("Request id: ");
        if (code != null) {
            assertThat(report.details()).contains("Error code: " + code);
            assertThat(rig.proxy().requests(GET) - before).as("standard mode tried more than once").isGreaterThanOrEqualTo(2);
        }
        assertUsableAndNextFetchSucceeds();
    }

    @Test
    void aConnectionResetMidBodyEndsInADialogAndTheNextFetchSucceeds() {
        rig.proxy().fail(GET, 0, Integer.MAX_VALUE, Fault.of(Kind.RESET));

        fetch(vm, RICH);

        assertThat(dialogs.errors()).hasSize(1);
        assertThat(dialogs.errors().get(0).title()).isIn(titleOf(ErrorKind.UNPARSEABLE_RESPONSE), titleOf(ErrorKind.UNREACHABLE));
        rig.proxy().clearFaults();
        assertUsableAndNextFetchSucceeds();
    }

    @ParameterizedTest(name = "a single {0} answer is retried (the JSON parser's error is an IOException)")
    @MethodSource("unreadable")
    void aSingleUnreadableAnswerIsRetriedAndNeverReachesTheUser(Kind kind) {
        rig.proxy().fail(GET, 0, 1, Fault.of(kind));
        int before = rig.proxy().requests(GET);

        fetch(vm, RICH);

        assertThat(dialogs.errors()).isEmpty();
        assertThat(bucketShown(vm)).isEqualTo(RICH_BUCKET);
        assertThat(rig.proxy().requests(GET) - before).isEqualTo(2);
    }

    @ParameterizedTest(name = "a persistently {0} answer ends in the unreadable-answer dialog")
    @MethodSource("unreadable")
    void aPersistentlyUnreadableAnswerEndsInItsDialogAndTheNextFetchSucceeds(Kind kind) {
        rig.proxy().fail(GET, 0, Integer.MAX_VALUE, Fault.of(kind));

        fetch(vm, RICH);

        assertThat(dialogs.errors()).extracting(ErrorReport::title).containsExactly(titleOf(ErrorKind.UNPARSEABLE_RESPONSE));
        assertThat(dialogs.errors().get(0).details()).contains("Request id: ");
        rig.proxy().clearFaults();
        assertUsableAndNextFetchSucceeds();
    }

    static Stream<Kind> unreadable() {
        return Stream.of(Kind.MALFORMED, Kind.TRUNCATED);
    }

    @Test
    void anAnswerSlowerThanTheCallTimeoutEndsInTheTimedOutDialogAndTheNextFetchSucceeds() {
        vm = FaultTesting.inspector(impatient, dialogs);
        long start = System.nanoTime();

        fetch(vm, FaultIds.arn("us-west-2", FaultIds.SLOW));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2900));
        assertThat(dialogs.errors()).extracting(ErrorReport::title).containsExactly(titleOf(ErrorKind.TIMED_OUT));
        assertUsableAndNextFetchSucceeds();
    }

    @Test
    void aClosedPortEndsInTheUnreachableDialogAndTheFetchAfterItReopensSucceeds() {
        rig.proxy().closePort();
        try {
            fetch(vm, RICH);
        } finally {
            rig.proxy().reopen();
        }

        assertThat(dialogs.errors()).extracting(ErrorReport::title).containsExactly(titleOf(ErrorKind.UNREACHABLE));
        assertUsableAndNextFetchSucceeds();
    }

    private void assertUsableAndNextFetchSucceeds() {
        assertThat(Fx.call(() -> vm.busyProperty().get())).isFalse();
        assertThat(Fx.call(() -> vm.nodesProperty().get())).as("no stale tree under a failed ARN").isEmpty();
        int dialogsBefore = dialogs.errors().size();

        fetch(vm, RICH);

        assertThat(bucketShown(vm)).isEqualTo(RICH_BUCKET);
        assertThat(Fx.call(() -> vm.statusProperty().get())).isEqualTo("Showing " + RICH + ".");
        assertThat(dialogs.errors()).hasSize(dialogsBefore);
    }
}
