package dev.ivsinspector.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class IdleFirstPoolTest {

    @Test
    void tasksThatDoNotOverlapReuseTheThreadsStartedBefore() throws Exception {
        ExecutorService pool = IdleFirstPool.create(16, BackgroundThreads.factory("probe"));
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try {
            LinkedTransferQueue<?> waiting = (LinkedTransferQueue<?>) ((ThreadPoolExecutor) pool).getQueue();
            for (int i = 0; i < 40; i++) {
                pool.submit(() -> threads.add(Thread.currentThread().getName())).get(10, TimeUnit.SECONDS);
                // the thread that ran it is back, waiting for work
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, waiting::hasWaitingConsumer);
            }
        } finally {
            pool.shutdownNow();
        }

        // A fixed pool of 16 would have started 16 threads for these 40 one-at-a-time tasks.
        assertThat(threads).containsExactly("probe-1");
    }

    @Test
    void tasksThatOverlapGetAThreadEachUpToTheMaximumAndTheRestWaitTheirTurn() throws Exception {
        ExecutorService pool = IdleFirstPool.create(4, BackgroundThreads.factory("probe"));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                tasks.add(pool.submit(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    release.await();
                    running.decrementAndGet();
                    return null;
                }));
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.get() == 4);
            assertThat(((ThreadPoolExecutor) pool).getPoolSize()).isEqualTo(4);
            assertThat(((ThreadPoolExecutor) pool).getQueue()).hasSize(6);

            release.countDown();
            for (Future<?> task : tasks) {
                task.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostAtOnce.get()).isEqualTo(4);
    }

    @Test
    void shutdownNowInterruptsTheRunningTasksAndRefusesNewOnes() throws Exception {
        ExecutorService pool = IdleFirstPool.create(2, BackgroundThreads.factory("probe"));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        pool.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        pool.shutdownNow();

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> pool.submit(() -> { })).isInstanceOf(RejectedExecutionException.class);
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
}
