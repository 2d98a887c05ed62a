package dev.ivsinspector.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once, after a scene's coming layout pulses: when what was just put into it has its CSS and sizes. */
public final class AfterLayout {

    private AfterLayout() {
    }

    /**
     * Call on the FX thread.
     *
     * @param pulses how many layout pulses to wait for: 1 for the one that lays new nodes out, 2 to also have the
     *               frame that shows them drawn
     */
    public static void run(Scene scene, int pulses, Runnable action) {
        Runnable[] listener = new Runnable[1];
        int[] seen = {0};
        listener[0] = () -> {
            if (++seen[0] < pulses) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
