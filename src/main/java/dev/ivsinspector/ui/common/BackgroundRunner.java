package dev.ivsinspector.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * Runs {@link Task}s off the FX thread on daemon threads, so a hanging network call can never keep the
 * application from exiting.
 *
 * <p>While the first window is being built the app {@linkplain #hold() holds} the runner: tasks and
 * {@linkplain #whenReleased deferred starts} wait until {@link #release()}. Building the first window is
 * CPU-bound work on the FX thread; on a two-core machine, SDK clients being built and lists being fetched at
 * the same time made it about 170 ms slower to appear, while none of their results can be shown before it.
 */
public final class BackgroundRunner {

    private final ExecutorService executor;
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;

    public BackgroundRunner() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public void run(Task<?> task) {
        whenReleased(() -> executor.execute(task));
    }

    /**
     * Runs a task the user asked for at once, even while held: the configuration named on the command line
     * is fetched while the first window is being built, so it is ready when the window is.
     */
    public void runNow(Task<?> task) {
        executor.execute(task);
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
}
