package dev.ivsinspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowLayoutStoreTest {

    @TempDir
    Path dir;

    @Test
    void theLayoutAndThemeAreRestored() {
        WindowLayout layout = new WindowLayout(10, 20, 1200, 800, true, 0.3, 0.7, "dark");
        new WindowLayoutStore(dir).save(layout);

        assertThat(new WindowLayoutStore(dir).load()).isEqualTo(layout);
    }

    @Test
    void withoutAChosenThemeTheAppFollowsTheSystem() throws Exception {
        Files.writeString(dir.resolve("window.json"), "{\"width\": 1000, \"height\": 700}");

        assertThat(new WindowLayoutStore(dir).load().theme()).isEqualTo("system");
    }

    @Test
    void collapsedPanesTheFieldColumnWidthAndTheZoomAreRestored() {
        WindowLayout layout = new WindowLayout(10, 20, 1200, 800, false, 0.3, 0.7, "light",
                new WindowLayout.Panes(212, true, false, 1.25));
        new WindowLayoutStore(dir).save(layout);

        assertThat(new WindowLayoutStore(dir).load()).isEqualTo(layout);
        assertThat(WindowLayout.DEFAULT.panes().fieldColumnWidth()).as("fits the longest name").isNaN();
    }

    @Test
    void noFileOrABrokenOneMeansTheDefaultLayout_andSillyDividersAreIgnored() throws Exception {
        assertThat(new WindowLayoutStore(dir).load()).isEqualTo(WindowLayout.DEFAULT);

        Files.writeString(dir.resolve("window.json"), "{ \"width\": ");
        assertThat(new WindowLayoutStore(dir).load()).isEqualTo(WindowLayout.DEFAULT);

        Files.writeString(dir.resolve("window.json"), "{\"width\": 50, \"height\": 900, \"browseDivider\": 7}");
        WindowLayout layout = new WindowLayoutStore(dir).load();
        assertThat(layout.width()).isEqualTo(400);
        assertThat(layout.height()).isEqualTo(900);
        assertThat(layout.browseDivider()).isEqualTo(WindowLayout.DEFAULT.browseDivider());
        assertThat(layout.hasPosition()).isFalse();
    }
}
