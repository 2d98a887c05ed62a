package dev.ivsinspector.demo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counts requests per key (an account-region, or the portal) per wall-clock second and says whether one more is
 * within the limit. Every second that saw more than the limit is remembered, so tests and the benchmark can
 * prove a client never went over.
 */
public final class TrafficMeter {

    /** A second in which {@code key} received {@code count} requests, more than its limit. */
    public record Overrun(String key, long epochSecond, int count, int limit) {
    }

    private final Map<String, long[]> windows = new ConcurrentHashMap<>();
    private final List<Overrun> overruns = new CopyOnWriteArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private final LongSupplier millis;

    TrafficMeter(LongSupplier millis) {
        this.millis = millis;
    }

    /** Counts one request; false when it is over {@code limit} in its second (0: no limit). */
    boolean admit(String key, int limit) {
        requests.incrementAndGet();
        long second = millis.getAsLong() / 1000;
        long[] window = windows.computeIfAbsent(key, k -> new long[2]);
        synchronized (window) {
            if (window[0] != second) {
                window[0] = second;
                window[1] = 0;
            }
            window[1]++;
            if (limit > 0 && window[1] > limit) {
                overruns.add(new Overrun(key, second, (int) window[1], limit));
                return false;
            }
            return true;
        }
    }

    public List<Overrun> overruns() {
        return List.copyOf(overruns);
    }

    public long requests() {
        return requests.get();
    }
}
