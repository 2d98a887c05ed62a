package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.model.insight.InsightRule;
import dev.ivsinspector.ui.common.LateAttach;
import dev.ivsinspector.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;

/** Controller of DetailsView.fxml: the selected member's facts and description, and the insights. */
public final class DetailsView {

    private final ObjectProperty<PropertyNode> selected;
    private final InsightsViewModel insights;

    @FXML private PropertySheet propertySheet;
    @FXML private Label description;
    @FXML private Label insightsTitle;
    @FXML private ListView<InsightRule> insightsList;

    public DetailsView(InspectorViewModel viewModel) {
        this.selected = viewModel.selectedNodeProperty();
        this.insights = viewModel.insights();
    }

    @FXML
    private void initialize() {
        insightsList.setItems(insights.insights());
        insightsList.setCellFactory(list -> new InsightCell());
        insightsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("details.insights.count", insights.insights().size()), insights.insights()));
        insightsList.setAccessibleText(Messages.text("details.insights.accessible"));
        propertySheet.setAccessibleText(Messages.text("details.sheet.accessible"));

        propertySheet.setPropertyEditorFactory(ReadOnlyTextEditor::new);
        // The sheet shows nothing before a row is selected, yet styling and skinning it (a toolbar, a search
        // field, a scroll pane) was part of the first window's CSS pass: it takes its place with the first selection.
        LateAttach.standInUntil(propertySheet, selected, node -> node != null);
        selected.addListener((obs, old, node) -> show(node));
        show(null);
    }

    private void show(PropertyNode node) {
        if (node == null) {
            propertySheet.getItems().clear();
            description.setText(Messages.text("details.select"));
            return;
        }
        propertySheet.getItems().setAll(NodeFacts.of(node));
        description.setText(node.description());
    }

    /** Shows a fact in a non-editable but selectable field: copying a value out must stay possible. */
    private static final class ReadOnlyTextEditor extends AbstractPropertyEditor<Object, TextField> {
        ReadOnlyTextEditor(PropertySheet.Item item) {
            super(item, new TextField(), true);
            getEditor().setEditable(false);
            getEditor().setFocusTraversable(false);
        }

        @Override
        protected ObservableValue<Object> getObservableValue() {
            return new SimpleObjectProperty<>(getProperty().getValue());
        }

        @Override
        public void setValue(Object value) {
            getEditor().setText(value == null ? "" : value.toString());
        }
    }
}
