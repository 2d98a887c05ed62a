package dev.ivsinspector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.testing.Fx;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The browse pane's spinner turns only while it is visible in a scene, so a hidden one costs no frames. */
class StepSpinnerTest {

    @BeforeAll
    static void startToolkit() {
        Fx.start(); // as every FX test here: TestFX's toolkit, shared by the whole run
    }

    @Test
    void turnsOnlyWhileVisibleInAScene() throws InterruptedException {
        StepSpinner spinner = onFx(StepSpinner::new);
        assertThat(onFx(spinner::isTurning)).as("not in a scene yet").isFalse();

        onFx(() -> new Scene(new StackPane(spinner)));
        assertThat(onFx(spinner::isTurning)).isTrue();
        double before = onFx(() -> spinner.getChildren().get(0).getRotate());
        Thread.sleep(400);
        assertThat(onFx(() -> spinner.getChildren().get(0).getRotate())).as("it turned").isNotEqualTo(before);

        onFx(() -> {
            spinner.setVisible(false);
            return null;
        });
        assertThat(onFx(spinner::isTurning)).isFalse();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) {
        return Fx.call(action);
    }
}
