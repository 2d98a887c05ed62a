package dev.ivsinspector.faults;

import static dev.ivsinspector.faults.FaultTesting.RICH;
import static dev.ivsinspector.faults.FaultTesting.RICH_BUCKET;
import static dev.ivsinspector.faults.FaultTesting.bucketShown;
import static dev.ivsinspector.faults.FaultTesting.fetch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.demo.FaultIds;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.faults.FaultProxy.Fault;
import dev.ivsinspector.testing.FakeGateway;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.testing.RecordingDialogs;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * Cancel during a slow call returns the UI to idle at once (asserted in the same FX-thread step as the cancel,
 * so no timing is involved), and an answer that arrives after a cancel or after a newer fetch never overwrites
 * what is shown. Over real HTTP (a held request in the fault proxy, the demo's slow fault) and with a fake
 * gateway whose held call really returns a result late.
 */
class CancelAndLateAnswerTest {

    private static final String GET = "/GetRecordingConfiguration";
    private static final String OTHER = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Xy7Kq2Lm9PzA";

    private static FaultRig rig;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeAll
    static void start() {
        Fx.start();
        rig = FaultRig.start(SampleAccount.standard().withSlowDelay(Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    @Test
    void cancelDuringASlowCallMakesTheUiIdleInTheSameStepAndTheLateAnswerIsDropped() {
        InspectorViewModel vm = FaultTesting.inspector(rig.gateway(), dialogs);
        fetch(vm, RICH);
        String slow = FaultIds.arn("us-west-2", FaultIds.SLOW);
        int answeredBefore = rig.proxy().answered(GET);
        int requestsBefore = rig.proxy().requests(GET);
        Fx.run(() -> {
            vm.arnTextProperty().set(slow);
            vm.fetch();
        });
        Fx.await(() -> rig.proxy().requests(GET) > requestsBefore); // the call is on the wire, its answer 2 s away

        boolean busyAfterCancel = Fx.call(() -> {
            assertThat(vm.busyProperty().get()).isTrue();
            vm.cancel();
            return vm.busyProperty().get();
        });

        assertThat(busyAfterCancel).as("idle in the same FX step as the cancel").isFalse();
        assertThat(Fx.call(() -> vm.statusProperty().get())).isEqualTo("Cancelled.");
        // The slow answer still comes back from the endpoint (2 s); it must change nothing.
        Fx.await(() -> rig.proxy().answered(GET) > answeredBefore);
        sleepForCallbacks();
        assertThat(bucketShown(vm)).as("the configuration shown before stays").isEqualTo(RICH_BUCKET);
        assertThat(Fx.call(() -> vm.statusProperty().get())).isEqualTo("Cancelled.");
        assertThat(dialogs.errors()).isEmpty();

        fetch(vm, OTHER);
        assertThat(Fx.call(() -> vm.shownArnProperty().get())).as("usable after the cancel").isEqualTo(OTHER);
    }

    @Test
    void anOlderAnswerArrivingAfterANewerFetchNeverOverwritesIt() {
        InspectorViewModel vm = FaultTesting.inspector(rig.gateway(), dialogs);
        CountDownLatch release = new CountDownLatch(1);
        rig.proxy().fail(GET, RICH, 0, 1, Fault.hold(release));
        int answeredBefore = rig.proxy().answered(GET);
        int requestsBefore = rig.proxy().requests(GET);

        Fx.run(() -> {
            vm.arnTextProperty().set(RICH);
            vm.fetch();
        });
        Fx.await(() -> rig.proxy().requests(GET) > requestsBefore && rig.proxy().answered(GET) == answeredBefore);
        fetch(vm, OTHER); // the newer fetch replaces the held one and is answered at once
        assertThat(Fx.call(() -> vm.shownArnProperty().get())).isEqualTo(OTHER);

        release.countDown();
        Fx.await(() -> rig.proxy().answered(GET) >= answeredBefore + 2);
        sleepForCallbacks();

        assertThat(Fx.call(() -> vm.shownArnProperty().get())).isEqualTo(OTHER);
        assertThat(Fx.call(() -> vm.busyProperty().get())).isFalse();
        assertThat(dialogs.errors()).isEmpty();
        rig.proxy().clearFaults();
    }

    @Test
    void aHeldCallThatReallyReturnsLateNeverOverwritesANewerResult() {
        // The fake's held call ignores the interrupt of the cancel and returns its result anyway.
        RecordingConfiguration old = RecordingConfiguration.builder().arn(RICH).state("ACTIVE")
                .destinationConfiguration(d -> d.s3(s -> s.bucketName("old-answer"))).build();
        RecordingConfiguration newer = RecordingConfiguration.builder().arn(OTHER).state("ACTIVE")
                .destinationConfiguration(d -> d.s3(s -> s.bucketName("newer-answer"))).build();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch returned = new CountDownLatch(1);
        FakeGateway fake = new FakeGateway().with(newer);
        InspectorViewModel vm = FaultTesting.inspector(new dev.ivsinspector.aws.IvsGateway() {
            @Override
            public software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse getRecordingConfiguration(
                    dev.ivsinspector.aws.RecordingConfigurationArn arn) {
                if (arn.value().equals(RICH)) {
                    entered.countDown();
                    awaitUninterruptibly(release);
                    returned.countDown();
                    return software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse.builder()
                            .recordingConfiguration(old).build();
                }
                return fake.getRecordingConfiguration(arn);
            }

            @Override
            public dev.ivsinspector.aws.Page<software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary>
                    listRecordingConfigurations(String region, String nextToken, int maxResults) {
                return fake.listRecordingConfigurations(region, nextToken, maxResults);
            }

            @Override
            public dev.ivsinspector.aws.Page<software.amazon.awssdk.services.ivs.model.ChannelSummary> listChannelsUsing(
                    dev.ivsinspector.aws.RecordingConfigurationArn arn, String nextToken) {
                return fake.listChannelsUsing(arn, nextToken);
            }

            @Override
            public java.util.Map<String, String> tags(dev.ivsinspector.aws.RecordingConfigurationArn arn) {
                return fake.tags(arn);
            }

            @Override
            public java.util.List<String> regions() {
                return fake.regions();
            }
        }, dialogs);

        Fx.run(() -> {
            vm.arnTextProperty().set(RICH);
            vm.fetch();
        });
        // Only a call already inside the gateway can come back late; a task cancelled before it ran never calls.
        awaitUninterruptibly(entered);
        fetch(vm, OTHER);
        release.countDown();
        awaitUninterruptibly(returned);
        sleepForCallbacks();

        assertThat(bucketShown(vm)).isEqualTo("newer-answer");
        assertThat(Fx.call(() -> vm.shownArnProperty().get())).isEqualTo(OTHER);
        assertThat(dialogs.errors()).isEmpty();
    }

    /** Lets any callback of a finished task reach the FX thread before asserting that it changed nothing. */
    private static void sleepForCallbacks() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Fx.run(() -> { });
    }

    /** Waits through interrupts (the fake ignores a cancel), but never longer than 10 s: a test must not hang. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                if (!latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new AssertionError("waited 10 s for " + latch);
                }
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
