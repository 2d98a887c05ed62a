package dev.ivsinspector.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A thread pool that hands a task to an idle thread when one is waiting and starts a thread only when none is,
 * up to a maximum; tasks beyond it wait in order. A fixed pool starts a thread for each of its first tasks even
 * while the threads started before sit idle: a listing of many small tasks that rarely overlap then holds as
 * many threads (and their touched stacks) as the pool may have, not as many as the work needs at once.
 */
public final class IdleFirstPool {

    private static final long IDLE_SECONDS = 10;

    private IdleFirstPool() {
    }

    /** At most {@code maxThreads} threads from {@code threads}, each ended after a few seconds without work. */
    public static ExecutorService create(int maxThreads, ThreadFactory threads) {
        HandOffQueue queue = new HandOffQueue();
        return new ThreadPoolExecutor(0, maxThreads, IDLE_SECONDS, TimeUnit.SECONDS, queue, threads,
                (task, pool) -> {
                    if (pool.isShutdown()) {
                        throw new RejectedExecutionException("The pool is shut down");
                    }
                    queue.waitInLine(task); // every thread busy and no more allowed: the task waits its turn
                });
    }

    /**
     * What the pool offers a task to first: accepted only by a thread waiting for work, so that the pool
     * starts a new thread (below its maximum) rather than queue behind busy ones.
     */
    private static final class HandOffQueue extends LinkedTransferQueue<Runnable> {
        @Override
        public boolean offer(Runnable task) {
            return tryTransfer(task);
        }

        void waitInLine(Runnable task) {
            super.offer(task);
        }
    }
}
