package dev.ivsinspector.bench;

import dev.ivsinspector.app.MainWindow;
import dev.ivsinspector.app.ThemeChoice;
import dev.ivsinspector.app.Themes;
import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.SdkRecordingsGateway;
import dev.ivsinspector.testing.MainWindowBuilder;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * JavaFX plumbing for the in-process benchmarks: starts the toolkit (Monocle headless or GTK, chosen by the
 * script's system properties), shows the real main window, and watches the FX thread for stalls.
 */
final class FxBench {

    private FxBench() {
    }

    static String toolkitName() {
        return "Monocle".equals(System.getProperty("glass.platform")) ? "Monocle headless, prism sw"
                : "GTK glass on DISPLAY=" + System.getenv("DISPLAY") + " (Xvfb), prism " + System.getProperty("prism.order", "default");
    }

    static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
    }

    /** The app's look (AtlantaFX Primer, light), not JavaFX's default Modena: the frames painted are the users'. */
    static void applyAppTheme() {
        onFxRun(() -> new Themes(ThemeChoice.LIGHT, new SimpleObjectProperty<>(ColorScheme.LIGHT)).apply());
    }

    /** The demo endpoint fills a bucket on first use; a real bucket is simply there. Not timed. */
    static void fillDemoBucket(ConnectionSettings settings) {
        try (SdkRecordingsGateway filler = new SdkRecordingsGateway(() -> settings)) {
            filler.listObjects("us-west-2", "ivs-minimal-bucket", "ivs/", "/", null, 1);
        }
    }

    /** Waits until {@code condition}, read on the FX thread, holds; fails after {@code seconds} with {@code what}. */
    static void await(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " within " + seconds + " s");
            }
            Thread.sleep(50);
        }
    }

    /** The real main window (browse table + inspector, real FXML) on a shown stage. */
    static MainWindow showWindow(IvsGateway gateway, URI demoEndpoint, List<String> samples, String region) {
        return onFx(() -> {
            Stage stage = new Stage();
            MainWindow window = MainWindowBuilder.mainWindow(gateway).demo(demoEndpoint).sampleArns(samples)
                    .browseRegion(region).build(stage);
            stage.setScene(new Scene(window.root(), 1440, 960));
            stage.show();
            return window;
        });
    }

    static <T> T onFx(Supplier<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.join();
    }

    static void onFxRun(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Lets queued pulses and runLaters drain. */
    static void settle(long millis) throws InterruptedException {
        Thread.sleep(millis);
        onFxRun(() -> { });
    }

    /**
     * Measures how long the FX thread is unavailable: a heartbeat posts a runLater every 5 ms and records
     * how late each one runs; an AnimationTimer records the longest gap between two pulses.
     */
    static final class StallWatch implements AutoCloseable {
        private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fx-heartbeat");
            t.setDaemon(true);
            return t;
        });
        private final AtomicLong maxQueueDelayNanos = new AtomicLong();
        private final AtomicLong maxPulseGapNanos = new AtomicLong();
        /**
         * The most CPU time the FX thread used between two heartbeats: the longest stall of its own work, which a
         * busy machine does not lengthen (the delays above also count time the thread waited for a core).
         */
        private final AtomicLong maxCpuBetweenBeatsNanos = new AtomicLong();
        private volatile long lastBeatCpuNanos = -1;
        /** With -Dbench.stallStacks=true: the FX thread's stack, sampled while it is busy past 15 ms of CPU. */
        private final java.util.Map<Long, List<String>> busyStacks = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile long maxCpuEndedAt;
        /** The renderer's thread, whose frames the FX thread waits for. */
        private final Thread renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        private long lastBeatRenderCpuNanos;
        /** The most CPU the FX thread and the renderer together used between two heartbeats. */
        private volatile long maxCpuWithRenderingNanos;
        /** Wall-clock time (ms) when the longest runLater delay ended: to find it in a JFR recording. */
        private volatile long maxQueueDelayEndedAt;
        private volatile long maxQueueDelayEndedNanos;
        /** System.nanoTime() when the longest pulse gap ended: to place it within a load. */
        private volatile long maxPulseGapEndedNanos;
        private final AnimationTimer pulses;
        private volatile boolean measuring;

        StallWatch() {
            heartbeat.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                    long cpu = threads.getCurrentThreadCpuTime();
                    long renderCpu = renderer == null ? 0 : Math.max(0, threads.getThreadCpuTime(renderer.threadId()));
                    if (measuring && lastBeatCpuNanos >= 0 && cpu - lastBeatCpuNanos > maxCpuBetweenBeatsNanos.get()) {
                        maxCpuBetweenBeatsNanos.set(cpu - lastBeatCpuNanos);
                        maxCpuEndedAt = System.currentTimeMillis();
                    }
                    long withRendering = cpu - lastBeatCpuNanos + renderCpu - lastBeatRenderCpuNanos;
                    if (measuring && lastBeatCpuNanos >= 0 && withRendering > maxCpuWithRenderingNanos) {
                        maxCpuWithRenderingNanos = withRendering;
                    }
                    lastBeatCpuNanos = cpu;
                    lastBeatRenderCpuNanos = renderCpu;
                    if (measuring) {
                        long delay = System.nanoTime() - posted;
                        if (delay > maxQueueDelayNanos.get()) {
                            maxQueueDelayNanos.set(delay); // only this (FX) thread writes it while measuring
                            maxQueueDelayEndedAt = System.currentTimeMillis();
                            maxQueueDelayEndedNanos = System.nanoTime();
                        }
                    }
                });
            }, 5, 5, TimeUnit.MILLISECONDS);
            if (Boolean.getBoolean("bench.stallStacks")) {
                Thread fx = onFx(Thread::currentThread);
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                heartbeat.scheduleAtFixedRate(() -> {
                    long since = lastBeatCpuNanos;
                    if (measuring && since >= 0 && threads.getThreadCpuTime(fx.threadId()) - since > 15_000_000) {
                        StringBuilder stack = new StringBuilder();
                        StackTraceElement[] frames = fx.getStackTrace();
                        if (java.util.Arrays.stream(frames).limit(8)
                                .anyMatch(f -> f.getMethodName().equals("getNextRunnable"))) {
                            return; // idle: the busy stretch is over, its heartbeat not run yet
                        }
                        if (java.util.Arrays.stream(frames).limit(8)
                                .anyMatch(f -> f.getMethodName().equals("waitForRenderingToComplete"))) {
                            // Waiting for the renderer: what it is doing is the stall.
                            stack.append("RENDERER: ");
                            frames = Thread.getAllStackTraces().entrySet().stream()
                                    .filter(e -> e.getKey().getName().startsWith("QuantumRenderer"))
                                    .map(java.util.Map.Entry::getValue).findFirst().orElse(frames);
                        }
                        java.util.Arrays.stream(frames).limit(60)
                                .filter(f -> !f.getClassName().contains("Helper") && !f.getMethodName().startsWith("do"))
                                .forEach(f -> stack.append(f.getClassName().replaceAll(".*\\.", "")).append('.')
                                        .append(f.getMethodName()).append(" < "));
                        busyStacks.computeIfAbsent(since, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                                .add(stack.toString());
                    }
                }, 2, 2, TimeUnit.MILLISECONDS);
            }
            pulses = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (measuring && last != 0 && t - last > maxPulseGapNanos.get()) {
                        maxPulseGapNanos.set(t - last); // only this (FX) thread writes it while measuring
                        maxPulseGapEndedNanos = t;
                    }
                    last = t;
                }
            };
            onFxRun(pulses::start);
        }

        private long fxCpuAtBegin;
        private long renderCpuAtBegin;
        private long fxCpuMeasured;
        private long renderCpuMeasured;

        /** The CPU time the FX thread and the renderer used between begin() and end(), in ms. */
        double[] cpuWhileMeasuredMs() {
            return new double[] {fxCpuMeasured / 1e6, renderCpuMeasured / 1e6};
        }

        private long[] fxAndRenderCpu() {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long fx = onFx(threads::getCurrentThreadCpuTime);
            return new long[] {fx, renderer == null ? 0 : threads.getThreadCpuTime(renderer.threadId())};
        }

        void begin() {
            long[] cpu = fxAndRenderCpu();
            fxCpuAtBegin = cpu[0];
            renderCpuAtBegin = cpu[1];
            maxQueueDelayNanos.set(0);
            maxPulseGapNanos.set(0);
            maxCpuBetweenBeatsNanos.set(0);
            maxCpuWithRenderingNanos = 0;
            measuring = true;
        }

        void end() {
            measuring = false;
            long[] cpu = fxAndRenderCpu();
            fxCpuMeasured = cpu[0] - fxCpuAtBegin;
            renderCpuMeasured = cpu[1] - renderCpuAtBegin;
        }

        double maxRunLaterDelayMs() {
            return maxQueueDelayNanos.get() / 1e6;
        }

        long maxRunLaterDelayEndedNanos() {
            return maxQueueDelayEndedNanos;
        }

        long maxPulseGapEndedNanos() {
            return maxPulseGapEndedNanos;
        }

        long maxRunLaterDelayEndedAtMillis() {
            return maxQueueDelayEndedAt;
        }

        /** The most CPU the FX thread used between two heartbeats (its longest busy stretch, in CPU time). */
        double maxCpuBetweenBeatsMs() {
            return maxCpuBetweenBeatsNanos.get() / 1e6;
        }

        /** The sampled stacks of the FX thread's busy stretches with the most samples (-Dbench.stallStacks=true). */
        List<List<String>> busiestStretches(int count) {
            return busyStacks.values().stream().sorted((a, b) -> b.size() - a.size()).limit(count).toList();
        }

        /**
         * The most CPU the FX thread and the renderer used together between two heartbeats: about the longest stall
         * a machine with a core for each would see (the two partly overlap, so it is an upper bound).
         */
        double maxCpuWithRenderingMs() {
            return maxCpuWithRenderingNanos / 1e6;
        }

        /** Wall-clock time (ms) when the FX thread's busiest stretch ended: to find it in a JFR recording. */
        long maxCpuEndedAtMillis() {
            return maxCpuEndedAt;
        }

        double maxPulseGapMs() {
            return maxPulseGapNanos.get() / 1e6;
        }

        @Override
        public void close() {
            heartbeat.shutdownNow();
            onFxRun(pulses::stop);
        }
    }
}
