package dev.ivsinspector.concurrent;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for background work (listing many accounts, reading recordings, decoding thumbnails) that give way to
 * the FX thread when cores are scarce. On a two-core laptop a burst of such work otherwise takes the cores from
 * the FX thread as often as it gets them, and the window freezes for a frame or more. Java's thread priorities
 * are not passed to Linux by default, so on Linux each thread lowers its own priority (a higher nice value,
 * which needs no privilege) when it starts; elsewhere the Java priority does what the JVM makes of it.
 */
public final class BackgroundThreads {
    /**
     * How much higher a background thread's nice value is on Linux than the thread that started it (the
     * scheduler then gives it about a tenth of the CPU share of a thread at the original value).
     */
    public static final int NICE = Integer.getInteger("ivsinspector.backgroundNice", 10);
    private static final int LOWEST = 19;
    private static final int PRIO_PROCESS = 0;

    private BackgroundThreads() {
    }

    /** Daemon threads named {@code prefix-1}, {@code prefix-2}, …, each at background priority. */
    public static ThreadFactory factory(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(() -> {
                lowerCurrentThread();
                work.run();
            }, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        };
    }

    /** Lowers the calling thread's scheduling priority; false where that is not possible here. */
    static boolean lowerCurrentThread() {
        return Libc.CALLS.map(calls -> calls.lower(NICE)).orElse(false);
    }

    /**
     * Found when the first background thread starts, on that thread: linking the native calls takes a cold JVM
     * tens of milliseconds, which a pool made while the window is built would otherwise cost the FX thread.
     */
    private static final class Libc {
        static final Optional<NativeCalls> CALLS = NativeCalls.find();
    }

    /** libc's gettid and setpriority, found once; absent off Linux or when native access is denied. */
    private record NativeCalls(MethodHandle gettid, MethodHandle getpriority, MethodHandle setpriority) {
        static Optional<NativeCalls> find() {
            if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
                return Optional.empty();
            }
            try {
                Linker linker = Linker.nativeLinker();
                SymbolLookup libc = linker.defaultLookup();
                var gettid = libc.find("gettid");
                var getpriority = libc.find("getpriority");
                var setpriority = libc.find("setpriority");
                if (gettid.isEmpty() || getpriority.isEmpty() || setpriority.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new NativeCalls(
                        linker.downcallHandle(gettid.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT)),
                        linker.downcallHandle(getpriority.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT)),
                        linker.downcallHandle(setpriority.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT))));
            } catch (RuntimeException | LinkageError e) {
                // Native access denied or no such calls: background threads then run at the default priority.
                return Optional.empty();
            }
        }

        boolean lower(int by) {
            try {
                int tid = (int) gettid.invokeExact();
                // A new thread starts at its creator's nice value, which is where "higher" counts from.
                int now = (int) getpriority.invokeExact(PRIO_PROCESS, tid);
                return (int) setpriority.invokeExact(PRIO_PROCESS, tid, Math.min(LOWEST, now + by)) == 0;
            } catch (Throwable e) {
                return false;
            }
        }
    }
}
