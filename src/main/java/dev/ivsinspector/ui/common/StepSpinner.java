package dev.ivsinspector.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.util.Duration;

/**
 * The app's busy spinner (fetching, listing, comparing): an open ring that turns in eight steps per second
 * instead of JavaFX's ProgressIndicator, which redraws at the full frame rate and, hidden, still costs the
 * first window its skin of a dozen styled regions.
 * With software rendering (virtual machines, remote desktops, no GPU) every frame is drawn and copied to the
 * window by the CPU: the 60 frames a second of a ProgressIndicator took CPU from the FX thread and stretched
 * its pauses while 10,000 rows loaded (docs/PERFORMANCE.md).
 * It turns only while visible and shown.
 */
public final class StepSpinner extends StackPane {

    private static final double STEP_DEGREES = 45;
    private static final Duration STEP = Duration.millis(125);

    private final Arc ring = new Arc(0, 0, 7, 7, 90, 270);
    private final Timeline turning = new Timeline(new KeyFrame(STEP,
            e -> ring.setRotate((ring.getRotate() + STEP_DEGREES) % 360)));

    public StepSpinner() {
        getStyleClass().add("step-spinner");
        ring.setType(ArcType.OPEN);
        ring.setFill(null);
        // A mid blue that reads on the light and the dark theme alike (the themes' accent is close to it).
        ring.setStroke(Color.web("#3b82f6"));
        ring.setStrokeWidth(2.5);
        ring.setStrokeLineCap(StrokeLineCap.ROUND);
        ring.getStyleClass().add("ring");
        getChildren().add(ring);
        setMinSize(20, 20);
        setPrefSize(20, 20);
        setMaxSize(20, 20);
        turning.setCycleCount(Animation.INDEFINITE);
        visibleProperty().addListener(o -> updateTurning());
        sceneProperty().addListener(o -> updateTurning());
    }

    /** Whether it is turning now: only while visible and in a scene. */
    public boolean isTurning() {
        return turning.getStatus() == Animation.Status.RUNNING;
    }

    private void updateTurning() {
        if (isVisible() && getScene() != null) {
            turning.play();
        } else {
            turning.stop();
        }
    }
}
