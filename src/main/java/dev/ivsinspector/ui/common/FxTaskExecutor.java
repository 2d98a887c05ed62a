package dev.ivsinspector.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * The application's {@link TaskExecutor}: work on virtual threads, callbacks on the FX thread. The work is
 * mostly blocking calls (HTTP, files), which virtual threads wait in without holding a platform thread each,
 * and they never keep the application from exiting (a hanging network call included).
 *
 * <p>While the first window is being built the app {@linkplain #hold() holds} the executor: tasks and
 * {@linkplain #whenReleased deferred starts} wait until {@link #release()}, except tasks marked
 * {@linkplain BackgroundTask#atOnce() at once}. Building the first window is CPU-bound work on the FX thread,
 * and none of the background results can be shown before it exists.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;

    public FxTaskExecutor() {
        this.workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("background-", 1).factory());
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "background-timer"));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Started<T> started = new Started<>(task);
        if (task.isAtOnce()) {
            started.start();
        } else {
            whenReleased(started::start);
        }
        return started;
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        ScheduledFuture<?> future = timer.schedule(
                () -> Platform.runLater(() -> {
                    if (done.compareAndSet(false, true)) {
                        action.run();
                    }
                }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return new TaskHandle() {
            @Override
            public void cancel() {
                done.set(true);
                future.cancel(false);
            }

            @Override
            public boolean isDone() {
                return done.get();
            }
        };
    }

    /** Runs {@code start} on the calling thread now, or, while held, on the thread that calls {@link #release()}. */
    public void whenReleased(Runnable start) {
        synchronized (this) {
            if (holding) {
                held.add(start);
                return;
            }
        }
        start.run();
    }

    /** From now until {@link #release()}, background work waits. */
    public synchronized void hold() {
        holding = true;
    }

    /** Starts whatever waited, in the order it came; call it on the FX thread. */
    public void release() {
        List<Runnable> waiting;
        synchronized (this) {
            holding = false;
            waiting = List.copyOf(held);
            held.clear();
        }
        waiting.forEach(Runnable::run);
    }

    /** One task on its way: delivers exactly one of success, failure or cancel, on the FX thread. */
    private final class Started<T> implements TaskHandle {
        private final BackgroundTask<T> task;
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile Future<?> future;
        private volatile boolean cancelRequested;

        Started(BackgroundTask<T> task) {
            this.task = task;
        }

        void start() {
            if (cancelRequested) {
                return;
            }
            future = workers.submit(this::work);
        }

        private void work() {
            try {
                T value = task.call(text -> Platform.runLater(() -> {
                    if (!finished.get()) {
                        task.progress(text);
                    }
                }));
                deliver(() -> task.succeeded(value));
            } catch (Throwable error) {
                deliver(() -> task.failed(error));
            }
        }

        private void deliver(Runnable outcome) {
            Platform.runLater(() -> {
                if (!cancelRequested && finished.compareAndSet(false, true)) {
                    outcome.run();
                }
            });
        }

        @Override
        public void cancel() {
            cancelRequested = true;
            Future<?> running = future;
            if (running != null) {
                running.cancel(true);
            }
            runOnUiThread(() -> {
                if (finished.compareAndSet(false, true)) {
                    task.cancelled();
                }
            });
        }

        @Override
        public boolean isDone() {
            return finished.get();
        }
    }
}
