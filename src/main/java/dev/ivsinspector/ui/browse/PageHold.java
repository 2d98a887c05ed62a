package dev.ivsinspector.ui.browse;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Lets the view hold listing back for a moment: while held, a page that has been listed waits (at most
 * {@link #LIMIT}) before it is shown and the next one is asked for. The view holds pages while it fills an
 * empty table a few rows per frame: on a two-core machine, reading the next pages (and, in the benchmark, the
 * loopback endpoint writing them) took the CPU from the FX thread making the table's first rows. A screenful
 * takes a few frames, after which listing goes on at full speed. Holding slows listing, it never stops it.
 */
final class PageHold {

    /** The longest a listed page waits while pages are held. */
    static final Duration LIMIT = Duration.ofSeconds(1);

    private final Object lock = new Object();
    private boolean held;

    /** Called on the UI thread. */
    void set(boolean hold) {
        synchronized (lock) {
            held = hold;
            if (!hold) {
                lock.notifyAll();
            }
        }
    }

    /** Called on a listing thread: returns once pages are no longer held, or after {@link #LIMIT}. */
    void awaitRelease() throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        synchronized (lock) {
            long left = deadline - System.nanoTime();
            while (held && left > 0) {
                TimeUnit.NANOSECONDS.timedWait(lock, left);
                left = deadline - System.nanoTime();
            }
        }
    }
}
