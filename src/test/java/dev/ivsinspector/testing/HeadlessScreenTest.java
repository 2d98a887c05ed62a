package dev.ivsinspector.testing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each screen-size tag really gives its tests a screen of that size (surefire executions in pom.xml). */
class HeadlessScreenTest {

    @BeforeAll
    static void startToolkit() {
        Fx.start();
    }

    @Test
    void untaggedTestsGetTheLargeDefaultScreen() {
        assertThat(primaryBounds()).isEqualTo(new Rectangle2D(0, 0, 1920, 1200));
    }

    @Test
    @Tag(ScreenSizes.HD)
    void theHdTagGivesA1280x720Screen() {
        assertThat(primaryBounds()).isEqualTo(new Rectangle2D(0, 0, 1280, 720));
    }

    @Test
    @Tag(ScreenSizes.WXGA)
    void theWxgaTagGivesA1366x768Screen() {
        assertThat(primaryBounds()).isEqualTo(new Rectangle2D(0, 0, 1366, 768));
    }

    private static Rectangle2D primaryBounds() {
        return Fx.call(() -> Screen.getPrimary().getBounds());
    }
}
