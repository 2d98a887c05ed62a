package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.DisplayText;
import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.model.insight.InsightRule;
import dev.ivsinspector.ui.common.LateAttach;
import dev.ivsinspector.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * Controller of DetailsView.fxml: the selected member's facts, whole value and description, and the insights.
 * With no row selected it summarises the configuration instead of showing an empty panel.
 */
public final class DetailsView {

    private final ObjectProperty<PropertyNode> selected;
    private final ReadOnlyObjectProperty<RecordingConfiguration> shown;
    private final InsightsViewModel insights;

    @FXML private Label detailsTitle;
    @FXML private PropertySheet propertySheet;
    @FXML private TextArea valueText;
    @FXML private Label description;
    @FXML private Label insightsTitle;
    @FXML private ListView<InsightRule> insightsList;

    public DetailsView(InspectorViewModel viewModel) {
        this.selected = viewModel.selectedNodeProperty();
        this.shown = viewModel.shownConfigurationProperty();
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
        var memberSelected = selected.isNotNull();
        for (var node : java.util.List.of(propertySheet, valueText)) {
            node.visibleProperty().bind(memberSelected);
            node.managedProperty().bind(memberSelected);
        }
        // The sheet (a toolbar, a search field, a scroll pane to style and skin) joins the window with the first
        // selection: nothing of it shows before.
        LateAttach.whenVisible(propertySheet);
        selected.addListener((obs, old, node) -> show(node));
        shown.addListener((obs, old, configuration) -> show(selected.get()));
        show(null);
    }

    private void show(PropertyNode node) {
        if (node == null) {
            propertySheet.getItems().clear();
            detailsTitle.setText(Messages.text("details.summary.title"));
            description.setText(ConfigurationSummary.of(shown.get()));
            return;
        }
        detailsTitle.setText(Messages.text("details.selected"));
        propertySheet.getItems().setAll(NodeFacts.of(node));
        valueText.setText(DisplayText.shown(node.displayValue()));
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
