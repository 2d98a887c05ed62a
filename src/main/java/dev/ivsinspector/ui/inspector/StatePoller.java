package dev.ivsinspector.ui.inspector;

import java.time.Duration;
import java.util.List;
import javafx.animation.PauseTransition;

/**
 * Re-fetches a configuration while it is CREATING, a few seconds apart and backing off, so the user sees it
 * turn ACTIVE or CREATE_FAILED without pressing F5. Runs on the FX thread's animation timer: nothing blocks.
 */
final class StatePoller {

    /** The default delays between polls; the last one repeats. */
    static final List<Duration> DEFAULT_DELAYS = List.of(Duration.ofSeconds(2), Duration.ofSeconds(3),
            Duration.ofSeconds(5), Duration.ofSeconds(8), Duration.ofSeconds(13), Duration.ofSeconds(20));

    private final List<Duration> delays;
    private PauseTransition pending;
    private int attempt;

    StatePoller(List<Duration> delays) {
        this.delays = List.copyOf(delays);
    }

    /** Schedules the next poll; each call waits longer than the one before, up to the last delay. */
    void scheduleNext(Runnable poll) {
        stopTimer();
        Duration delay = delays.get(Math.min(attempt, delays.size() - 1));
        attempt++;
        pending = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pending.setOnFinished(e -> {
            pending = null;
            poll.run();
        });
        pending.play();
    }

    /** Stops polling and starts the back-off over for the next configuration. */
    void stop() {
        stopTimer();
        attempt = 0;
    }

    boolean isScheduled() {
        return pending != null;
    }

    private void stopTimer() {
        if (pending != null) {
            pending.stop();
            pending = null;
        }
    }
}
