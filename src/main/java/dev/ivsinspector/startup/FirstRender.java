package dev.ivsinspector.startup;

import dev.ivsinspector.ui.common.AfterLayout;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Notices when the configuration fetched at start is on screen: in the tree, and a pulse has drawn it. */
final class FirstRender {

    /** How the first fetch ended, and when. */
    sealed interface Outcome {
        String line();
    }

    record Rendered(long millisSinceJvmStart, long peakRssKb) implements Outcome {
        @Override
        public String line() {
            return "FIRST_RENDER " + millisSinceJvmStart + " vmhwm_kb=" + peakRssKb;
        }
    }

    record Failed(long millisSinceJvmStart, String status) implements Outcome {
        @Override
        public String line() {
            return "FIRST_RENDER_FAILED " + millisSinceJvmStart + " status=" + status;
        }
    }

    private FirstRender() {
    }

    /** Call on the FX thread once the first fetch has started; {@code then} runs once, on the FX thread. */
    static void watch(InspectorViewModel inspector, Scene scene, Consumer<Outcome> then) {
        boolean[] done = {false};
        inspector.busyProperty().addListener((obs, was, busy) -> {
            if (busy || done[0]) {
                return;
            }
            done[0] = true;
            // busy turns false just before the outcome is applied: look once the outcome is in.
            Platform.runLater(() -> {
                if (inspector.nodesProperty().get().isEmpty()) {
                    then.accept(new Failed(sinceJvmStart(), inspector.statusProperty().get()));
                } else {
                    // The pulse that lays the tree out is followed by the one that has painted it.
                    AfterLayout.run(scene, 2, () -> then.accept(new Rendered(sinceJvmStart(), peakRssKb())));
                }
            });
        });
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
