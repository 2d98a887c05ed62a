package dev.ivsinspector.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of the FX thread and of the renderer thread over a stretch of work: what a frame costs, whatever
 * share of the cores the machine leaves to the process (wall-clock stalls on a shared machine are mostly waits
 * for a core). Start on any thread; the FX thread's id is passed in.
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long fxThread;
    private final long renderer;
    private long fxStart;
    private long rendererStart;

    ThreadCpu(long fxThreadId) {
        this.fxThread = fxThreadId;
        this.renderer = threadNamed("QuantumRenderer");
    }

    void begin() {
        fxStart = THREADS.getThreadCpuTime(fxThread);
        rendererStart = THREADS.getThreadCpuTime(renderer);
    }

    /** Milliseconds of CPU used since {@link #begin()}: FX thread, renderer thread. */
    double[] millisSinceBegin() {
        return new double[] {(THREADS.getThreadCpuTime(fxThread) - fxStart) / 1e6,
            (THREADS.getThreadCpuTime(renderer) - rendererStart) / 1e6};
    }

    /** CPU time of the calling thread, in nanoseconds. */
    static long currentThreadNanos() {
        return THREADS.getCurrentThreadCpuTime();
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
