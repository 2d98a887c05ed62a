package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.insight.InsightRule;
import dev.ivsinspector.model.insight.Severity;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/** One finding: a vector severity mark (crisp at any scale), the title in bold and the explanation wrapped. */
final class InsightCell extends ListCell<InsightRule> {

    private static final String CIRCLE = "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1z";
    private static final String TRIANGLE = "M8 1L15.5 14.5H0.5z";

    @Override
    protected void updateItem(InsightRule rule, boolean empty) {
        super.updateItem(rule, empty);
        if (empty || rule == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        SVGPath mark = new SVGPath();
        mark.setContent(rule.severity() == Severity.WARNING ? TRIANGLE : CIRCLE);
        mark.getStyleClass().addAll("insight-mark", "insight-" + rule.severity().name().toLowerCase(Locale.ROOT));
        Label title = new Label(rule.severity() + "  " + rule.title());
        title.getStyleClass().add("insight-title");
        title.setWrapText(true);
        title.prefWidthProperty().bind(getListView().widthProperty().subtract(60));
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label explanation = new Label(rule.explanation());
        explanation.setWrapText(true);
        explanation.getStyleClass().add("insight-explanation");
        // Wrapping needs a width to wrap at: the list's, less the mark and the scroll bar.
        explanation.prefWidthProperty().bind(getListView().widthProperty().subtract(60));
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, title, explanation);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, mark, text);
        // Never wider than the list, so nothing hides behind a horizontal scroll bar.
        row.maxWidthProperty().bind(getListView().widthProperty().subtract(24));
        setText(null);
        setGraphic(row);
        setId("insight-" + rule.id());
    }
}
