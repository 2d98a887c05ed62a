package dev.ivsinspector.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Keeps a node that starts hidden (and unmanaged) out of the scene until it is first made visible. A hidden
 * node is still styled and skinned with the window; a list or table nobody sees yet only slows the first
 * window down. It goes back to the same place among its siblings.
 */
public final class AttachWhenVisible {

    private AttachWhenVisible() {
    }

    /** Call once the node's visibility is bound or set, while it is in its parent (e.g. in initialize()). */
    public static void attach(Node node) {
        if (node.isVisible() || !(node.getParent() instanceof Pane parent)) {
            return;
        }
        int index = parent.getChildren().indexOf(node);
        parent.getChildren().remove(index);
        node.visibleProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (node.isVisible()) {
                    node.visibleProperty().removeListener(this);
                    parent.getChildren().add(Math.min(index, parent.getChildren().size()), node);
                }
            }
        });
    }
}
