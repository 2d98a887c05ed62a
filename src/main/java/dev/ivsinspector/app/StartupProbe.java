package dev.ivsinspector.app;

import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Opt-in start-up measurement for benchmarks, off unless {@code -Divs.startupProbe=true}. Prints
 * {@code FIRST_RENDER <ms since JVM start> vmhwm_kb=<peak RSS>} once the first fetched configuration is in
 * the tree and the pulse that laid it out has been followed by another (so it has been rendered), and
 * exits at once with {@code -Divs.exitAfterRender=true}. A failed first fetch prints {@code FIRST_RENDER_FAILED}.
 */
final class StartupProbe {

    private StartupProbe() {
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
