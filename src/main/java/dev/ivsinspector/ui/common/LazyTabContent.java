package dev.ivsinspector.ui.common;

import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Builds a tab's content the first time the tab is selected. A tab pane keeps every tab's content in the scene,
 * hidden or not, so each one is loaded, styled and laid out before the window first shows: content nobody has
 * opened yet only delays it. The content's view-model exists from the start, so the content shows its state
 * as of the moment it is built.
 */
public final class LazyTabContent {

    private LazyTabContent() {
    }

    /** Sets {@code content}'s node as the tab's content now if the tab is selected, otherwise when it first is. */
    public static void fillOnFirstSelection(Tab tab, Supplier<? extends Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        InvalidationListener whenSelected = new InvalidationListener() {
            @Override
            public void invalidated(Observable selected) {
                if (tab.isSelected()) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        };
        tab.selectedProperty().addListener(whenSelected);
    }
}
