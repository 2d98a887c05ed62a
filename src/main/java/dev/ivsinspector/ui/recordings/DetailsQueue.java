package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Background reads with a bound on how many run at once, newest request first: while the user scrolls,
 * the rows now on screen are read before the ones that scrolled past, and requests no longer wanted are
 * dropped before they cost a call. Used on the UI thread only.
 */
final class DetailsQueue {

    private record Job<T>(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                          BooleanSupplier stillWanted, Runnable onDropped) {
    }

    private final TaskExecutor executor;
    private final int limit;
    private final Deque<Job<?>> waiting = new ArrayDeque<>();
    private int running;
    private int generation;

    DetailsQueue(TaskExecutor executor, int limit) {
        this.executor = executor;
        this.limit = limit;
    }

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, BooleanSupplier stillWanted) {
        submit(work, onSuccess, onFailure, stillWanted, () -> { });
    }

    /** @param onDropped runs instead of the read when it is no longer wanted by the time its turn comes */
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, BooleanSupplier stillWanted,
                    Runnable onDropped) {
        waiting.addFirst(new Job<>(work, onSuccess, onFailure, stillWanted, onDropped));
        pump();
    }

    /** Forgets what waits; answers of reads already running are dropped too. */
    void clear() {
        waiting.clear();
        generation++;
    }

    private void pump() {
        while (running < limit && !waiting.isEmpty()) {
            Job<?> job = waiting.pollFirst();
            if (job.stillWanted().getAsBoolean()) {
                start(job);
            } else {
                job.onDropped().run();
            }
        }
    }

    private <T> void start(Job<T> job) {
        int startedIn = generation;
        running++;
        BackgroundTask.wrap(job.work())
                .onSuccess(value -> {
                    if (startedIn == generation) {
                        job.onSuccess().accept(value);
                    }
                })
                .onFailure(error -> {
                    if (startedIn == generation) {
                        job.onFailure().accept(error);
                    }
                })
                .onFinished(() -> {
                    running--;
                    pump();
                })
                .executeWith(executor);
    }
}
