package dev.ivsinspector.aws.org;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with full jitter (AWS's recommendation): the n-th retry waits a random time between 0
 * and min(cap, base * 2^n), so throttled clients do not come back in step.
 */
public record Backoff(Duration base, Duration cap, int maxRetries) {

    public static final Backoff STANDARD = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 8);

    public Duration delay(int retry) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(retry, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    public boolean mayRetry(int retry) {
        return retry < maxRetries;
    }
}
