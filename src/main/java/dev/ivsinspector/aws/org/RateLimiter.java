package dev.ivsinspector.aws.org;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} calls in any second as the service counts them, whatever the delays on the way: a call
 * occupies its place from when it is let through until a second after its answer came back (the service
 * counted it somewhere in between). So no second seen by the service can hold more than the limit, even when
 * a request is held up between here and the network.
 */
public final class RateLimiter {

    /** Clock granularity between this process and the service. */
    static final Duration MARGIN = Duration.ofMillis(20);

    /** One call's place in the window; close it when the answer (or failure) came back. */
    public final class Permit implements AutoCloseable {
        private long finishedAt = Long.MAX_VALUE;

        @Override
        public void close() {
            synchronized (RateLimiter.this) {
                finishedAt = nanos.getAsLong();
                RateLimiter.this.notifyAll();
            }
        }
    }

    private final int limit;
    private final long windowNanos;
    private final List<Permit> recent = new ArrayList<>();
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

    /** Waits until one more call fits; an interrupt ends the wait. */
    public synchronized Permit acquire() throws InterruptedException {
        while (true) {
            long now = nanos.getAsLong();
            recent.removeIf(p -> p.finishedAt != Long.MAX_VALUE && now - p.finishedAt >= windowNanos);
            if (recent.size() < limit) {
                Permit permit = new Permit();
                recent.add(permit);
                return permit;
            }
            long soonest = recent.stream().mapToLong(p -> p.finishedAt).min().orElse(Long.MAX_VALUE);
            long waitNanos = soonest == Long.MAX_VALUE ? 0 : soonest + windowNanos - now;
            if (waitNanos <= 0) {
                wait(); // every place is held by a call still running: its close wakes us
            } else {
                wait(Math.max(1, (waitNanos + 999_999) / 1_000_000));
            }
        }
    }
}
