package dev.ivsinspector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    private final List<String> events = new ArrayList<>();

    @Test
    void successRunsRunningThenSuccessThenFinished() {
        BackgroundTask.wrap(() -> "answer")
                .onRunning(() -> events.add("running"))
                .onSuccess(value -> events.add("success " + value))
                .onFailure(error -> events.add("failure"))
                .onFinished(() -> events.add("finished"))
                .executeWith(new CurrentThreadTaskExecutor());

        assertThat(events).containsExactly("running", "success answer", "finished");
    }

    @Test
    void failureReachesOnFailure() {
        BackgroundTask.wrap(() -> {
                    throw new IllegalStateException("broken");
                })
                .onSuccess(value -> events.add("success"))
                .onFailure(error -> events.add("failure " + error.getMessage()))
                .onFinished(() -> events.add("finished"))
                .executeWith(new CurrentThreadTaskExecutor());

        assertThat(events).containsExactly("failure broken", "finished");
    }

    @Test
    void newestAnswerWinsAndTheReplacedTaskRunsNoCallback() {
        CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.deferred();
        LatestOnly slot = new LatestOnly();
        BackgroundTask.wrap(() -> "old").replacing(slot)
                .onSuccess(value -> events.add(value)).onFinished(() -> events.add("old finished"))
                .executeWith(executor);
        BackgroundTask.wrap(() -> "new").replacing(slot)
                .onSuccess(value -> events.add(value)).onFinished(() -> events.add("new finished"))
                .executeWith(executor);
        assertThat(slot.isRunning()).isTrue();

        executor.runNewest();
        executor.runAll();

        assertThat(events).containsExactly("new", "new finished");
        assertThat(slot.isRunning()).isFalse();
    }

    @Test
    void cancelRunsOnCancelledAndFinishedButNoAnswer() {
        CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.deferred();
        TaskHandle handle = BackgroundTask.wrap(() -> "late")
                .onSuccess(value -> events.add(value))
                .onCancelled(() -> events.add("cancelled"))
                .onFinished(() -> events.add("finished"))
                .executeWith(executor);

        handle.cancel();
        executor.runAll();

        assertThat(events).containsExactly("cancelled", "finished");
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void progressMessagesReachTheUiSide() {
        BackgroundTask.withProgress(progress -> {
                    progress.message("page 1");
                    progress.message("page 2");
                    return 2;
                })
                .onProgress(events::add)
                .onSuccess(pages -> events.add("done " + pages))
                .executeWith(new CurrentThreadTaskExecutor());

        assertThat(events).containsExactly("page 1", "page 2", "done 2");
    }

    @Test
    void scheduledActionsRunWhenTheTestSaysSoAndCanBeCancelled() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        executor.schedule(Duration.ofSeconds(2), () -> events.add("poll"));
        TaskHandle dropped = executor.schedule(Duration.ofSeconds(3), () -> events.add("dropped"));
        dropped.cancel();

        assertThat(executor.scheduledDelays()).containsExactly(Duration.ofSeconds(2));
        assertThat(executor.runScheduled()).isEqualTo(1);
        assertThat(events).containsExactly("poll");
    }
}
