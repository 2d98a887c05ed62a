package dev.ivsinspector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.testing.Fx;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tab's content is built once, when the tab is first selected; a tab selected already gets it at once. */
class LateAttachTest {

    @BeforeAll
    static void startToolkit() {
        Fx.start();
    }

    @Test
    void buildsTheContentOnceWhenTheTabIsFirstSelected() {
        AtomicInteger built = new AtomicInteger();
        Fx.call(() -> {
            Tab first = new Tab("first", new Label("first"));
            Tab lazy = new Tab("lazy");
            TabPane tabs = new TabPane(first, lazy);
            LateAttach.buildWhenSelected(lazy, () -> {
                built.incrementAndGet();
                return new Label("built");
            });
            assertThat(lazy.getContent()).as("not opened yet").isNull();

            tabs.getSelectionModel().select(lazy);
            assertThat(lazy.getContent()).isInstanceOf(Label.class);
            Label content = (Label) lazy.getContent();
            tabs.getSelectionModel().select(first);
            tabs.getSelectionModel().select(lazy);
            assertThat(lazy.getContent()).as("the same content, not a new one").isSameAs(content);
            return null;
        });
        assertThat(built).hasValue(1);
    }

    @Test
    void aTabSelectedAlreadyGetsItsContentAtOnce() {
        Fx.call(() -> {
            Tab only = new Tab("only");
            new TabPane(only);
            LateAttach.buildWhenSelected(only, () -> new Label("built"));
            assertThat(only.getContent()).isInstanceOf(Label.class);
            return null;
        });
    }
}
