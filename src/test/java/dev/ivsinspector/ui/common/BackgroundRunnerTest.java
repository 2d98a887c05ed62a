package dev.ivsinspector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.testing.Fx;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BackgroundRunnerTest {

    @BeforeAll
    static void startToolkit() {
        Fx.start(); // as every FX test here: TestFX's toolkit, shared by the whole run
    }

    private final BackgroundRunner runner = new BackgroundRunner();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void withoutHoldingDeferredStartsRunAtOnceOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        runner.whenReleased(() -> events.add(Thread.currentThread() == caller ? "here" : "elsewhere"));
        assertThat(events).containsExactly("here");
    }

    @Test
    void whileHeldNothingStartsAndReleaseStartsEverythingInOrder() throws Exception {
        runner.hold();
        CountDownLatch ran = new CountDownLatch(1);
        runner.whenReleased(() -> events.add("first"));
        runner.run(task(() -> {
            events.add("task");
            ran.countDown();
        }));
        runner.whenReleased(() -> events.add("second"));

        assertThat(ran.await(200, TimeUnit.MILLISECONDS)).as("a held task must not run").isFalse();
        assertThat(events).isEmpty();

        runner.release();
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsSubsequence("first", "second").contains("task");

        runner.whenReleased(() -> events.add("after release"));
        assertThat(events).endsWith("after release");
    }

    @Test
    void aTaskCancelledWhileHeldNeverRuns() throws Exception {
        runner.hold();
        Task<Void> task = task(() -> events.add("ran"));
        runner.run(task);
        task.cancel();
        runner.release();
        CountDownLatch probe = new CountDownLatch(1);
        runner.run(task(probe::countDown));
        assertThat(probe.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).isEmpty();
    }

    private static Task<Void> task(Runnable body) {
        return new Task<>() {
            @Override
            protected Void call() {
                body.run();
                return null;
            }
        };
    }
}
