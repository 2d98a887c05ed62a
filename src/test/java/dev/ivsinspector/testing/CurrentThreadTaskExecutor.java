package dev.ivsinspector.testing;

import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.TaskExecutor;
import dev.ivsinspector.ui.common.TaskHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every task at once on the calling thread, so view-model tests need no JavaFX toolkit. With
 * {@link #deferred()} tasks wait until the test runs them ({@link #runNext()}, {@link #runAll()}), which lets
 * a test finish an older request after a newer one. Scheduled actions run when the test calls
 * {@link #runScheduled()}: time is the test's, not the clock's.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final boolean deferred;
    private final List<Pending<?>> pending = new ArrayList<>();
    private final List<Scheduled> scheduled = new ArrayList<>();

    private CurrentThreadTaskExecutor(boolean deferred) {
        this.deferred = deferred;
    }

    /** Runs each task as it is started. */
    public CurrentThreadTaskExecutor() {
        this(false);
    }

    /** Holds each task until the test runs it. */
    public static CurrentThreadTaskExecutor deferred() {
        return new CurrentThreadTaskExecutor(true);
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Pending<T> job = new Pending<>(task);
        if (deferred) {
            pending.add(job);
        } else {
            job.run();
        }
        return job;
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        Scheduled entry = new Scheduled(delay, action);
        scheduled.add(entry);
        return entry;
    }

    /** Runs the oldest waiting task; false when none waits. */
    public boolean runNext() {
        if (pending.isEmpty()) {
            return false;
        }
        pending.remove(0).run();
        return true;
    }

    /** Runs the newest waiting task first, to deliver answers out of order. */
    public boolean runNewest() {
        if (pending.isEmpty()) {
            return false;
        }
        pending.remove(pending.size() - 1).run();
        return true;
    }

    public void runAll() {
        while (runNext()) {
            // each run may start more tasks
        }
    }

    public int waiting() {
        return pending.size();
    }

    /** Delays of the scheduled actions not yet run or cancelled, oldest first. */
    public List<Duration> scheduledDelays() {
        return scheduled.stream().filter(s -> !s.done).map(s -> s.delay).toList();
    }

    /** Runs the actions scheduled so far (not those they schedule in turn); returns how many ran. */
    public int runScheduled() {
        List<Scheduled> due = List.copyOf(scheduled);
        scheduled.clear();
        int ran = 0;
        for (Scheduled entry : due) {
            if (!entry.done) {
                entry.done = true;
                entry.action.run();
                ran++;
            }
        }
        return ran;
    }

    private static final class Pending<T> implements TaskHandle {
        private final BackgroundTask<T> task;
        private boolean finished;
        private boolean cancelled;

        Pending(BackgroundTask<T> task) {
            this.task = task;
        }

        void run() {
            if (cancelled || finished) {
                return;
            }
            T value;
            try {
                value = task.call(task::progress);
            } catch (Exception error) {
                finished = true;
                task.failed(error);
                return;
            }
            finished = true;
            task.succeeded(value);
        }

        @Override
        public void cancel() {
            if (!finished) {
                cancelled = true;
                finished = true;
                task.cancelled();
            }
        }

        @Override
        public boolean isDone() {
            return finished;
        }
    }

    private static final class Scheduled implements TaskHandle {
        private final Duration delay;
        private final Runnable action;
        private boolean done;

        Scheduled(Duration delay, Runnable action) {
            this.delay = delay;
            this.action = action;
        }

        @Override
        public void cancel() {
            done = true;
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
