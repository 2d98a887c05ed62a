package dev.ivsinspector.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A hook for the packaging build: with {@code -Divs.exitAfterShow=true} the app quits shortly after its
 * first window is on screen. The installer build uses it for the training run that records which classes
 * start-up loads (the class-data archive that makes the packaged app start faster). Without the property
 * it does nothing.
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
}
