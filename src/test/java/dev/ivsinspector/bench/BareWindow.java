package dev.ivsinspector.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for bench/startup.sh and bench/packaged-cold-start.sh: an empty JavaFX window with the app's title,
 * started with the packaged app's own runtime and options, measured the same way in the same run as the app.
 * With {@code -Divsinspector.bench.exitAfterShow=true} it prints {@code BARE_SHOWN vmhwm_kb=<peak RSS>} once
 * the window has been drawn, and exits: the memory floor the app's peak is compared with.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("IVS Inspector");
        Scene scene = new Scene(new Label("bare window"), 1440, 900);
        stage.setScene(scene);
        stage.show();
        if (Boolean.getBoolean("ivsinspector.bench.exitAfterShow")) {
            int[] pulses = {0};
            scene.addPostLayoutPulseListener(() -> {
                if (++pulses[0] == 2) {
                    System.out.println("BARE_SHOWN vmhwm_kb=" + peakRssKb());
                    System.out.flush();
                    System.exit(0);
                }
                Platform.requestNextPulse();
            });
            Platform.requestNextPulse();
        }
    }

    private static long peakRssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Plain main class: launching a class that extends Application from a class path needs a separate one. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
