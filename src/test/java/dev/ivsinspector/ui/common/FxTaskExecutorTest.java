package dev.ivsinspector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.testing.Fx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application's executor: daemon threads, callbacks on the FX thread, start-up hold and release. */
class FxTaskExecutorTest {

    @BeforeAll
    static void startToolkit() {
        Fx.start(); // as every FX test here: TestFX's toolkit, shared by the whole run
    }

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void withoutHoldingDeferredStartsRunAtOnceOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        executor.whenReleased(() -> events.add(Thread.currentThread() == caller ? "here" : "elsewhere"));
        assertThat(events).containsExactly("here");
    }

    @Test
    void workRunsOffTheFxThreadAndItsAnswerArrivesOnIt() throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        Fx.run(() -> BackgroundTask.wrap(() -> Platform.isFxApplicationThread())
                .onSuccess(onFx -> {
                    events.add("work on FX: " + onFx + ", answer on FX: " + Platform.isFxApplicationThread());
                    answered.countDown();
                })
                .executeWith(executor));

        assertThat(answered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("work on FX: false, answer on FX: true");
    }

    @Test
    void whileHeldNothingStartsAndReleaseStartsEverythingInOrder() throws Exception {
        executor.hold();
        CountDownLatch ran = new CountDownLatch(1);
        executor.whenReleased(() -> events.add("first"));
        Fx.run(() -> BackgroundTask.wrap(() -> {
            events.add("task");
            ran.countDown();
        }).executeWith(executor));
        executor.whenReleased(() -> events.add("second"));

        assertThat(ran.await(200, TimeUnit.MILLISECONDS)).as("a held task must not run").isFalse();
        assertThat(events).isEmpty();

        Fx.run(executor::release);
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsSubsequence("first", "second").contains("task");

        executor.whenReleased(() -> events.add("after release"));
        assertThat(events).endsWith("after release");
    }

    @Test
    void aTaskAskedForAtOnceRunsWhileHeld() throws Exception {
        executor.hold();
        CountDownLatch ran = new CountDownLatch(1);
        Fx.run(() -> BackgroundTask.wrap(ran::countDown).atOnce().executeWith(executor));

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aTaskCancelledWhileHeldNeverRuns() throws Exception {
        executor.hold();
        TaskHandle handle = Fx.call(() -> BackgroundTask.wrap(() -> events.add("ran"))
                .onCancelled(() -> events.add("cancelled"))
                .executeWith(executor));
        Fx.run(handle::cancel);
        Fx.run(executor::release);
        CountDownLatch probe = new CountDownLatch(1);
        Fx.run(() -> BackgroundTask.wrap(probe::countDown).executeWith(executor));
        assertThat(probe.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void aScheduledActionRunsOnTheFxThreadUnlessCancelled() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        executor.schedule(Duration.ofMillis(20), () -> {
            events.add("on FX: " + Platform.isFxApplicationThread());
            ran.countDown();
        });
        executor.schedule(Duration.ofMillis(10), () -> events.add("dropped")).cancel();

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("on FX: true");
    }
}
