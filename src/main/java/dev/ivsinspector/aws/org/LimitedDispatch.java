package dev.ivsinspector.aws.org;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * Hands account-region listings to the pool as the adaptive limit allows, in the order they came; those beyond the
 * limit wait here and hold no thread. (Waiting inside a pool thread made the pool start a thread per waiting
 * listing, up to its maximum, each keeping its stack.)
 */
final class LimitedDispatch {

    private final AdaptiveLimit limit;
    private final Executor pool;
    private final Deque<FutureTask<?>> waiting = new ArrayDeque<>();

    LimitedDispatch(AdaptiveLimit limit, Executor pool) {
        this.limit = limit;
        this.pool = pool;
        limit.whenGrown(this::dispatch); // a listing that pages on would otherwise hold the new place unused
    }

    /** Runs {@code work} once a place under the limit is free; the future ends cancelled if it never runs. */
    Future<?> submit(Runnable work) {
        FutureTask<Void> task = new FutureTask<>(work, null);
        synchronized (this) {
            waiting.add(task);
        }
        dispatch();
        return task;
    }

    private void dispatch() {
        while (true) {
            FutureTask<?> next;
            synchronized (this) {
                if (waiting.isEmpty() || !limit.tryAcquire()) {
                    return;
                }
                next = waiting.poll();
            }
            try {
                pool.execute(() -> {
                    try {
                        next.run();
                    } finally {
                        limit.release();
                        dispatch(); // its place goes to the next in line (and any the limit has grown by)
                    }
                });
            } catch (RejectedExecutionException e) { // the pool is shut down: nothing more will run
                limit.release();
                next.cancel(false);
                cancelWaiting();
                return;
            }
        }
    }

    /** Drops the listings that have not started (cancel, shutdown): their futures end cancelled. */
    void cancelWaiting() {
        List<FutureTask<?>> dropped;
        synchronized (this) {
            dropped = new ArrayList<>(waiting);
            waiting.clear();
        }
        dropped.forEach(task -> task.cancel(false));
    }
}
