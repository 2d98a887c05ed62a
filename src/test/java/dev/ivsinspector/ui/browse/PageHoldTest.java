package dev.ivsinspector.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Holding pages: a listing thread waits while the view holds them, and goes on when released. */
class PageHoldTest {

    private final PageHold hold = new PageHold();

    @Test
    void aHeldPageWaitsUntilTheViewReleasesIt() throws Exception {
        hold.set(true);
        CountDownLatch passed = new CountDownLatch(1);
        Thread lister = new Thread(() -> {
            try {
                hold.awaitRelease();
                passed.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        lister.start();

        // Well within the limit: still waiting.
        assertThat(passed.await(PageHold.LIMIT.toMillis() / 3, TimeUnit.MILLISECONDS)).isFalse();
        hold.set(false);
        assertThat(passed.await(PageHold.LIMIT.toMillis() / 3, TimeUnit.MILLISECONDS)).as("goes on at once").isTrue();
        lister.join();
    }

    @Test
    void pagesThatAreNotHeldDoNotWait() throws Exception {
        long start = System.nanoTime();
        hold.awaitRelease();
        assertThat(System.nanoTime() - start).isLessThan(PageHold.LIMIT.toNanos() / 2);
    }
}
