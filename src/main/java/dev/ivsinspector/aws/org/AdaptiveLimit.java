package dev.ivsinspector.aws.org;

/**
 * How many account-regions are listed at once, adapted to throttling as TCP adapts to loss: halved when a call
 * is throttled, grown by one after as many successes as the current limit.
 */
public final class AdaptiveLimit {

    private final int min;
    private final int max;
    private int limit;
    private int inFlight;
    private int successes;
    private volatile Runnable whenGrown = () -> { };

    public AdaptiveLimit(int initial, int min, int max) {
        this.min = min;
        this.max = max;
        this.limit = initial;
    }

    /** Called (outside this limit's lock) each time the limit grows: a place may be free now. */
    public void whenGrown(Runnable action) {
        whenGrown = action;
    }

    /** Takes a place if one is free under the current limit. */
    public synchronized boolean tryAcquire() {
        if (inFlight >= limit) {
            return false;
        }
        inFlight++;
        return true;
    }

    public synchronized void release() {
        inFlight--;
    }

    public synchronized void throttled() {
        limit = Math.max(min, limit / 2);
        successes = 0;
    }

    public void succeeded() {
        boolean grew = false;
        synchronized (this) {
            if (++successes >= limit && limit < max) {
                limit++;
                successes = 0;
                grew = true;
            }
        }
        if (grew) {
            whenGrown.run();
        }
    }

    public synchronized int limit() {
        return limit;
    }
}
