package dev.ivsinspector.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app icon on a window: every exported size (16 to 512 px, from icons/ivs-inspector.svg), so the
 * window manager, task bar and Alt+Tab each pick the size they draw best.
 */
public final class AppIcons {

    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static final String FOLDER = "/dev/ivsinspector/icons/";

    private static List<Image> icons;

    private AppIcons() {
    }

    /** Puts the app icon on the stage. Call it on the FX thread before (or right after) showing the stage. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(icons());
    }

    /**
     * Like {@link #apply}, but decodes the PNGs on a background thread and sets them when ready: decoding
     * eight sizes is work the first window should not wait for (docs/PERFORMANCE.md, start-up).
     */
    public static void applyInBackground(Stage stage) {
        Thread loader = new Thread(() -> {
            List<Image> loaded = icons();
            Platform.runLater(() -> stage.getIcons().setAll(loaded));
        }, "icon-loader");
        loader.setDaemon(true);
        loader.start();
    }

    static synchronized List<Image> icons() {
        if (icons == null) {
            List<Image> loaded = new ArrayList<>(SIZES.length);
            for (int size : SIZES) {
                try (InputStream in = AppIcons.class.getResourceAsStream(FOLDER + "ivs-inspector-" + size + ".png")) {
                    if (in != null) {
                        loaded.add(new Image(in));
                    }
                } catch (IOException e) {
                    // A missing icon is cosmetic: the window still opens with the platform's default.
                }
            }
            icons = List.copyOf(loaded);
        }
        return icons;
    }
}
