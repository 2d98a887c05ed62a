package dev.ivsinspector.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * The CPU time the FX thread and the renderer thread use from one pulse to the next: the work of a frame,
 * whatever share of the cores a shared machine leaves to the process. A wall-clock stall far longer than the
 * CPU used in it was a wait for a core, not work of the app.
 */
final class PulseCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long renderer = threadNamed("QuantumRenderer");
    private final List<Double> fxMillis = new ArrayList<>();
    private final List<Double> rendererMillis = new ArrayList<>();
    /** Pulse gaps over 50 ms of wall-clock time: how many, and the most CPU either thread used in one of them. */
    private int longGaps;
    /** The FX thread's most CPU between two pulses, and when that pulse came (wall clock, for a JFR recording). */
    private double longestFx;
    private Instant longestFxEndedAt;
    private double mostCpuInLongGap;
    private final AnimationTimer timer = new AnimationTimer() {
        private long lastFx = -1;
        private long lastRenderer;
        private long lastWall;

        @Override
        public void handle(long now) {
            long wall = System.nanoTime();
            long fx = THREADS.getCurrentThreadCpuTime();
            long render = THREADS.getThreadCpuTime(renderer);
            if (lastFx >= 0) {
                double fxUsed = (fx - lastFx) / 1e6;
                double rendererUsed = (render - lastRenderer) / 1e6;
                if (fxUsed > longestFx) {
                    longestFx = fxUsed;
                    longestFxEndedAt = Instant.now();
                }
                fxMillis.add(fxUsed);
                rendererMillis.add(rendererUsed);
                if (wall - lastWall > 50_000_000L) {
                    longGaps++;
                    mostCpuInLongGap = Math.max(mostCpuInLongGap, Math.max(fxUsed, rendererUsed));
                }
            }
            lastFx = fx;
            lastRenderer = render;
            lastWall = wall;
        }
    };

    void start() {
        FxBench.onFxRun(timer::start);
    }

    /** Stops counting; then one line per thread: mean, median, 99th percentile and longest, with the pulses. */
    String stopAndReport() {
        return FxBench.onFx(() -> {
            timer.stop();
            return "FX thread " + summary(fxMillis) + "; renderer " + summary(rendererMillis) + " (" + fxMillis.size()
                    + " pulses); " + longGaps + String.format(" pulse gaps over 50 ms, in which either thread used at"
                    + " most %.1f ms of CPU", mostCpuInLongGap) 
                    + "; the FX thread's longest ended at " + longestFxEndedAt;
        });
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Double::compare);
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return String.format("mean %.1f, median %.1f, 99th percentile %.1f, longest %.1f ms", mean,
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.99)), sorted.get(sorted.size() - 1));
    }

    /**
     * CPU time another process has used so far (user + system, from /proc), in milliseconds; -1 where that
     * cannot be read. Clock ticks are taken as the usual 100 per second.
     */
    static long processMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long threadNamed(String prefix) {
        for (ThreadInfo info : THREADS.dumpAllThreads(false, false)) {
            if (info.getThreadName().startsWith(prefix)) {
                return info.getThreadId();
            }
        }
        throw new IllegalStateException("no thread named " + prefix + "*");
    }
}
