package dev.ivsinspector.aws.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.concurrent.BackgroundThreads;
import dev.ivsinspector.concurrent.IdleFirstPool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class LimitedDispatchTest {

    private final ExecutorService pool = IdleFirstPool.create(64, BackgroundThreads.factory("probe"));

    @Test
    void listingsBeyondTheLimitWaitWithoutAThreadAndRunInTheirTurn() throws Exception {
        LimitedDispatch dispatch = new LimitedDispatch(new AdaptiveLimit(3, 1, 64), pool);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                int n = i;
                futures.add(dispatch.submit(() -> {
                    order.add(n);
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    awaitQuietly(release);
                    running.decrementAndGet();
                }));
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.get() == 3);
            assertThat(((ThreadPoolExecutor) pool).getPoolSize()).isEqualTo(3);

            release.countDown();
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostAtOnce.get()).isEqualTo(3);
        assertThat(order.subList(0, 3)).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void aLimitThatGrowsStartsAWaitingListingAtOnce() throws Exception {
        AdaptiveLimit limit = new AdaptiveLimit(1, 1, 64);
        LimitedDispatch dispatch = new LimitedDispatch(limit, pool);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        try {
            for (int i = 0; i < 4; i++) {
                dispatch.submit(() -> {
                    running.incrementAndGet();
                    awaitQuietly(release);
                });
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.get() == 1);

            limit.succeeded(); // as many successes as the limit (a page of the running listing): it grows by one
            assertThat(limit.limit()).isEqualTo(2);

            // The waiting listing starts now, not when the running one ends.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.get() == 2);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void whatWaitsWhenTheListingIsCancelledEndsCancelledAndNeverRuns() throws Exception {
        LimitedDispatch dispatch = new LimitedDispatch(new AdaptiveLimit(1, 1, 64), pool);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger ranAfter = new AtomicInteger();
        Future<?> first = dispatch.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Future<?> second = dispatch.submit(ranAfter::incrementAndGet);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        dispatch.cancelWaiting();
        pool.shutdownNow();

        assertThat(second.isCancelled()).isTrue();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.isDone()).isTrue();
        assertThat(ranAfter.get()).isZero();
        assertThat(dispatch.submit(ranAfter::incrementAndGet).isCancelled()).as("after shutdown").isTrue();
    }

    /** A listing held until the test lets it go; interrupted (the pool shut down), it ends at once. */
    private static void awaitQuietly(CountDownLatch release) {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
