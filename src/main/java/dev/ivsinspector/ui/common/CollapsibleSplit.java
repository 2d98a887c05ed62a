package dev.ivsinspector.ui.common;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * A two-pane SplitPane whose first or last pane can be collapsed and restored: by the user (a small button on
 * the divider, then a thin strip with a button where the pane was) or by the window when it is too narrow.
 * The pane's place among the split's items and its divider position come back with it.
 */
public final class CollapsibleSplit {

    public enum Side { FIRST, LAST }

    private final SplitPane split;
    private final Node pane;
    private final Side side;
    private final BooleanProperty userCollapsed;
    private final BooleanProperty tooNarrow;
    private final BooleanBinding hidden;
    private final Button hideButton;
    private final Button showButton;
    private final BorderPane frame = new BorderPane();
    private double divider;

    /**
     * @param userCollapsed the user's choice, kept by the caller (remembered between runs)
     * @param tooNarrow     set when the window has no room for the pane
     * @param hideText      accessible text and tooltip of the button that collapses the pane
     * @param showText      the same for the button that restores it
     */
    public CollapsibleSplit(SplitPane split, Side side, BooleanProperty userCollapsed, BooleanProperty tooNarrow,
                            String hideText, String showText) {
        this.split = split;
        this.side = side;
        this.userCollapsed = userCollapsed;
        this.tooNarrow = tooNarrow;
        this.pane = side == Side.FIRST ? split.getItems().get(0) : split.getItems().get(split.getItems().size() - 1);
        this.divider = split.getDividerPositions().length == 0 ? 0.5 : split.getDividerPositions()[0];
        boolean first = side == Side.FIRST;
        hideButton = arrowButton(first ? "‹" : "›", hideText, "pane-hide-button");
        showButton = arrowButton(first ? "›" : "‹", showText, "pane-show-button");
        hideButton.setManaged(false);
        hideButton.setOnAction(e -> setCollapsed(true));
        showButton.setOnAction(e -> setCollapsed(false));
        showButton.setMaxHeight(Double.MAX_VALUE);
        StackPane overlay = new StackPane(split, hideButton) {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                placeOnDivider();
            }
        };
        frame.setCenter(overlay);
        split.getDividers().addListener((javafx.collections.ListChangeListener<SplitPane.Divider>) change -> {
            split.getDividers().forEach(d -> d.positionProperty().addListener((obs, old, now) -> overlay.requestLayout()));
            overlay.requestLayout();
        });
        split.getDividers().forEach(d -> d.positionProperty().addListener((obs, old, now) -> overlay.requestLayout()));
        frame.getStylesheets().add(CollapsibleSplit.class.getResource("collapsible-split.css").toExternalForm());
        hidden = userCollapsed.or(tooNarrow);
        hidden.addListener((obs, was, now) -> apply(now));
        apply(hidden.get());
    }

    public Parent node() {
        return frame;
    }

    public BooleanBinding hiddenProperty() {
        return hidden;
    }

    /** The user's collapse or restore; restoring also overrides the window's own collapsing for now. */
    public void setCollapsed(boolean collapsed) {
        if (!collapsed) {
            tooNarrow.set(false);
        }
        userCollapsed.set(collapsed);
    }

    private void apply(boolean hide) {
        boolean present = split.getItems().contains(pane);
        if (hide && present) {
            divider = split.getDividerPositions()[0];
            split.getItems().remove(pane);
        } else if (!hide && !present) {
            if (side == Side.FIRST) {
                split.getItems().add(0, pane);
            } else {
                split.getItems().add(pane);
            }
            split.setDividerPositions(divider);
        }
        hideButton.setVisible(!hide);
        if (side == Side.FIRST) {
            frame.setLeft(hide ? showButton : null);
        } else {
            frame.setRight(hide ? showButton : null);
        }
    }

    /** From the divider's position, not its node: the split lays out its divider after this pane's pass. */
    private void placeOnDivider() {
        if (!hideButton.isVisible() || split.getDividers().isEmpty()) {
            return;
        }
        Insets insets = split.getInsets();
        double inner = split.getWidth() - insets.getLeft() - insets.getRight();
        double center = insets.getLeft() + split.getDividers().get(0).getPosition() * inner;
        double width = hideButton.prefWidth(-1);
        double height = hideButton.prefHeight(width);
        double x = Math.max(0, Math.min(split.getWidth() - width, center - width / 2));
        hideButton.resizeRelocate(Math.round(x), Math.round(split.getHeight() / 2 - height / 2), width, height);
    }

    private static Button arrowButton(String arrow, String text, String styleClass) {
        Button button = new Button(arrow);
        button.getStyleClass().addAll("pane-toggle", styleClass);
        button.setAccessibleText(text);
        button.setAccessibleRole(AccessibleRole.BUTTON);
        button.setTooltip(new Tooltip(text));
        button.setAlignment(Pos.CENTER);
        button.setMnemonicParsing(false);
        button.setFocusTraversable(false);
        return button;
    }
}
