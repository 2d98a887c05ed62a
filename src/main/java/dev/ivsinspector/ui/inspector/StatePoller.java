package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.ui.common.TaskExecutor;
import dev.ivsinspector.ui.common.TaskHandle;
import java.time.Duration;
import java.util.List;

/**
 * Re-fetches a configuration while it is CREATING, a few seconds apart and backing off, so the user sees it
 * turn ACTIVE or CREATE_FAILED without pressing F5. The executor's timer runs each poll on the UI thread:
 * nothing blocks, and tests decide when the time has come.
 */
final class StatePoller {

    /** The default delays between polls; the last one repeats. */
    static final List<Duration> DEFAULT_DELAYS = List.of(Duration.ofSeconds(2), Duration.ofSeconds(3),
            Duration.ofSeconds(5), Duration.ofSeconds(8), Duration.ofSeconds(13), Duration.ofSeconds(20));

    private final TaskExecutor executor;
    private final List<Duration> delays;
    private TaskHandle pending;
    private int attempt;

    StatePoller(TaskExecutor executor, List<Duration> delays) {
        this.executor = executor;
        this.delays = List.copyOf(delays);
    }

    /** Schedules the next poll; each call waits longer than the one before, up to the last delay. */
    void scheduleNext(Runnable poll) {
        stopTimer();
        Duration delay = delays.get(Math.min(attempt, delays.size() - 1));
        attempt++;
        pending = executor.schedule(delay, () -> {
            pending = null;
            poll.run();
        });
    }

    /** Stops polling and starts the back-off over for the next configuration. */
    void stop() {
        stopTimer();
        attempt = 0;
    }

    private void stopTimer() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
