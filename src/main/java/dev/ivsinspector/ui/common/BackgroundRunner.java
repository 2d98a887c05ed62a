package dev.ivsinspector.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * Runs {@link Task}s off the FX thread on daemon threads, so a hanging network call can never keep the
 * application from exiting.
 */
public final class BackgroundRunner {

    private final ExecutorService executor;

    public BackgroundRunner() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public void run(Task<?> task) {
        executor.execute(task);
    }
}
