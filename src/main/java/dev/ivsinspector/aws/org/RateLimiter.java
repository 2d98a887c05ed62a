package dev.ivsinspector.aws.org;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} calls in any window of a second (plus a margin), counted when each call is let through:
 * whatever second the service counts in, a client held by this never goes over. The margin absorbs the time
 * between leaving here and the request reaching the service.
 */
public final class RateLimiter {

    static final Duration MARGIN = Duration.ofMillis(100);

    private final int limit;
    private final long windowNanos;
    private final ArrayDeque<Long> recent = new ArrayDeque<>();
    private final LongSupplier nanos;

    public RateLimiter(int perSecond) {
        this(perSecond, System::nanoTime);
    }

    RateLimiter(int perSecond, LongSupplier nanos) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("The rate must be at least 1 per second: " + perSecond);
        }
        this.limit = perSecond;
        this.windowNanos = Duration.ofSeconds(1).plus(MARGIN).toNanos();
        this.nanos = nanos;
    }

    /** Waits until one more call fits in the window; an interrupt ends the wait. */
    public void acquire() throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                long now = nanos.getAsLong();
                while (!recent.isEmpty() && now - recent.peekFirst() >= windowNanos) {
                    recent.pollFirst();
                }
                if (recent.size() < limit) {
                    recent.addLast(now);
                    return;
                }
                wait = recent.peekFirst() + windowNanos - now;
            }
            Thread.sleep(Math.max(1, (wait + 999_999) / 1_000_000));
        }
    }

    /** The fewest seconds {@code calls} calls can take under this limit (for the benchmark's reference). */
    public static double leastSeconds(long calls, int perSecond) {
        return calls <= perSecond ? 0 : (double) (calls - perSecond) / perSecond;
    }
}
