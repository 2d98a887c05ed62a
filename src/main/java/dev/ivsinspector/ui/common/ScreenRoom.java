package dev.ivsinspector.ui.common;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps a secondary window inside the screen its owner is on: on a laptop screen, or at 200 % scale, a window
 * whose content asks for more room than the screen has opens smaller (its content scrolls or wraps) and centred,
 * instead of running off the edge with its lower part out of reach.
 */
public final class ScreenRoom {

    /** The window's frame: a title bar above the scene, thin borders at the sides. */
    private static final double FRAME_HEIGHT = 40;
    private static final double FRAME_WIDTH = 16;

    private ScreenRoom() {
    }

    /** Call after the stage has its scene and before it shows. */
    public static void fit(Stage stage, Window owner) {
        Scene scene = stage.getScene();
        double wantedWidth = scene.getWidth() > 0 ? scene.getWidth() : scene.getRoot().prefWidth(-1);
        double wantedHeight = scene.getHeight() > 0 ? scene.getHeight() : scene.getRoot().prefHeight(-1);
        Rectangle2D area = areaOf(owner);
        double width = Math.min(wantedWidth, area.getWidth() - FRAME_WIDTH);
        double height = Math.min(wantedHeight, area.getHeight() - FRAME_HEIGHT);
        if (width < wantedWidth || height < wantedHeight) {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(area.getMinX() + (area.getWidth() - width) / 2);
            stage.setY(area.getMinY() + (area.getHeight() - height - FRAME_HEIGHT) / 2);
        }
    }

    /** The usable part (without panels and docks) of the screen {@code owner} is on, or of the main screen. */
    public static Rectangle2D areaOf(Window owner) {
        if (owner != null && owner.getWidth() > 0) {
            List<Screen> screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                    owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
