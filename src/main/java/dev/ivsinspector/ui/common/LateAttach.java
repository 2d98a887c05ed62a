package dev.ivsinspector.ui.common;

import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Puts nodes nobody sees yet into the window only when they are first needed. A node in the scene is styled
 * and skinned with the first window even when it is hidden, empty or in an unselected tab; a table, list or
 * property sheet that waits for its first use keeps that work out of start-up.
 */
public final class LateAttach {

    private LateAttach() {
    }

    /** Runs {@code action} once, the first time {@code value} satisfies {@code holds} (at once if it already does). */
    public static <T> void once(ObservableValue<T> value, Predicate<? super T> holds, Runnable action) {
        if (holds.test(value.getValue())) {
            action.run();
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> observable, T old, T now) {
                if (holds.test(now)) {
                    value.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /**
     * A node that starts hidden (and unmanaged) leaves its parent now and goes back to the same place among
     * its siblings the first time it is made visible. Call once its visibility is bound or set.
     */
    public static void whenVisible(Node node) {
        if (node.isVisible() || !(node.getParent() instanceof Pane parent)) {
            return;
        }
        int index = parent.getChildren().indexOf(node);
        parent.getChildren().remove(index);
        once(node.visibleProperty(), Boolean::booleanValue,
                () -> parent.getChildren().add(Math.min(index, parent.getChildren().size()), node));
    }

    /** A tab's content joins the scene the first time the tab is selected. */
    public static void whenSelected(Tab tab) {
        if (tab.isSelected() || tab.getContent() == null) {
            return;
        }
        Node content = tab.getContent();
        tab.setContent(null);
        buildWhenSelected(tab, () -> content);
    }

    /**
     * A tab's content is made the first time the tab is selected (at once if it is), for content that costs
     * loading too, not only styling: an FXML view. Its view-model exists from the start, so the content shows
     * the state of the moment it is made.
     */
    public static void buildWhenSelected(Tab tab, Supplier<? extends Node> content) {
        once(tab.selectedProperty(), Boolean::booleanValue, () -> tab.setContent(content.get()));
    }

    /**
     * An empty region of the same height holds a visible node's place until {@code value} first satisfies
     * {@code holds}, so nothing moves when the node itself takes the place.
     */
    public static <T> void standInUntil(Region node, ObservableValue<T> value, Predicate<? super T> holds) {
        if (!(node.getParent() instanceof Pane parent)) {
            return;
        }
        Region standIn = new Region();
        standIn.setPrefHeight(node.getPrefHeight());
        standIn.setMinHeight(node.getMinHeight());
        parent.getChildren().set(parent.getChildren().indexOf(node), standIn);
        once(value, holds, () -> parent.getChildren().set(parent.getChildren().indexOf(standIn), node));
    }
}
