package dev.ivsinspector.app;

import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A hook for the packaging build: with {@code -Divs.exitAfterShow=true} the app quits shortly after its
 * first window is on screen. The installer build uses it for the training run that records which classes
 * start-up loads (the class-data archive that makes the packaged app start faster). Without the property
 * it does nothing.
 *
 * <p>For benchmarks, {@code -Divs.startupProbe=true} prints {@code FIRST_RENDER <ms since JVM start>
 * vmhwm_kb=<peak RSS>} once the configuration given on the command line is in the tree and the pulse after the
 * one that laid it out has started (so it has been rendered), and {@code -Divs.exitAfterRender=true} then exits
 * at once. A failed first fetch prints {@code FIRST_RENDER_FAILED}.
 */
public final class StartupProbe {

    static final String EXIT_AFTER_SHOW = "ivs.exitAfterShow";
    /**
     * Time given to the first layout, CSS and paint after showing, so their classes are recorded too
     * ({@code -Divs.exitAfterShow.settleMillis=N} changes it).
     */
    static final String SETTLE_MILLIS = "ivs.exitAfterShow.settleMillis";

    private StartupProbe() {
    }

    /** Call once, on the FX thread, right after the first {@code stage.show()}. */
    public static void afterFirstShow(Stage stage) {
        if (!Boolean.getBoolean(EXIT_AFTER_SHOW)) {
            return;
        }
        PauseTransition settle = new PauseTransition(Duration.millis(Long.getLong(SETTLE_MILLIS, 500)));
        settle.setOnFinished(e -> {
            stage.close();
            Platform.exit();
            // If something still holds the JVM (a non-daemon thread), end it anyway: the run must finish.
            Thread guard = new Thread(() -> {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                System.exit(0);
            }, "startup-probe-exit");
            guard.setDaemon(true);
            guard.start();
        });
        settle.play();
    }

    static boolean enabled() {
        return Boolean.getBoolean("ivs.startupProbe");
    }

    /** Call after the stage is shown and the first fetch started; does nothing unless enabled. */
    static void watch(InspectorViewModel inspector, Scene scene) {
        if (!enabled()) {
            return;
        }
        boolean[] done = {false};
        inspector.busyProperty().addListener((obs, was, busy) -> {
            if (busy || done[0]) {
                return;
            }
            done[0] = true;
            // busy turns false just before the outcome is applied: look once the outcome is in.
            Platform.runLater(() -> {
                if (inspector.nodesProperty().get().isEmpty()) {
                    report("FIRST_RENDER_FAILED " + sinceJvmStart() + " status=" + inspector.statusProperty().get());
                } else {
                    afterTwoPulses(scene);
                }
            });
        });
    }

    private static void afterTwoPulses(Scene scene) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            report("FIRST_RENDER " + sinceJvmStart() + " vmhwm_kb=" + peakRssKb());
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static void report(String line) {
        System.out.println(line);
        System.out.flush();
        if (Boolean.getBoolean("ivs.exitAfterRender")) {
            System.exit(line.startsWith("FIRST_RENDER ") ? 0 : 2);
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
