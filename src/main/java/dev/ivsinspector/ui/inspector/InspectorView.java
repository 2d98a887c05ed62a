package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.PropertyNode;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;

/** Controller of InspectorView.fxml: binds nodes to the view-model and forwards user actions; no logic. */
public final class InspectorView {

    private final InspectorViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private ComboBox<String> arnField;
    @FXML private Button fetchButton;
    @FXML private Button cancelButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label arnProblem;
    @FXML private TreeTableView<PropertyNode> tree;
    @FXML private TreeTableColumn<PropertyNode, String> fieldColumn;
    @FXML private TreeTableColumn<PropertyNode, String> valueColumn;
    @FXML private Label pollingLabel;
    @FXML private Tab channelsTab;
    @FXML private Label channelsMessage;
    @FXML private TableView<ChannelRow> channelsTable;
    @FXML private TableColumn<ChannelRow, String> channelNameColumn;
    @FXML private TableColumn<ChannelRow, String> channelTypeColumn;
    @FXML private TableColumn<ChannelRow, String> channelLatencyColumn;
    @FXML private TableColumn<ChannelRow, String> channelArnColumn;
    @FXML private PropertySheet propertySheet;
    @FXML private Label description;
    @FXML private Label status;

    public InspectorView(InspectorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        TextField editor = arnField.getEditor();
        editor.textProperty().bindBidirectional(viewModel.arnTextProperty());
        arnField.setItems(viewModel.suggestedArns());
        editor.setId("arnEditor");

        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        cancelButton.disableProperty().bind(viewModel.busyProperty().not());
        arnProblem.textProperty().bind(viewModel.arnProblemProperty());
        arnProblem.visibleProperty().bind(viewModel.arnProblemProperty().isNotEmpty());
        arnProblem.managedProperty().bind(arnProblem.visibleProperty());
        status.textProperty().bind(viewModel.statusProperty());

        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().name()));
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().displayValue()));
        tree.setRowFactory(t -> new UnsetAwareRow());
        tree.setRoot(new TreeItem<>());
        viewModel.nodesProperty().addListener((obs, old, now) -> showNodes(now));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                viewModel.selectedNodeProperty().set(item == null ? null : item.getValue()));

        pollingLabel.visibleProperty().bind(viewModel.pollingProperty());
        pollingLabel.managedProperty().bind(pollingLabel.visibleProperty());
        ChannelsViewModel channels = viewModel.channels();
        channelsMessage.textProperty().bind(channels.messageProperty());
        channelsTable.setItems(channels.channels());
        channelNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        channelTypeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type()));
        channelLatencyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().latencyMode()));
        channelArnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().arn()));
        channelsTab.textProperty().bind(javafx.beans.binding.Bindings.size(channels.channels())
                .asString("Used by channels (%d)"));

        propertySheet.setPropertyEditorFactory(item -> new ReadOnlyTextEditor(item));
        viewModel.selectedNodeProperty().addListener((obs, old, node) -> showDetails(node));
        showDetails(null);
    }

    @FXML
    private void onFetch() {
        viewModel.fetch();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    private void showNodes(List<PropertyNode> nodes) {
        TreeItem<PropertyNode> top = new TreeItem<>();
        nodes.forEach(node -> top.getChildren().add(item(node)));
        top.setExpanded(true);
        tree.setRoot(top);
    }

    private static TreeItem<PropertyNode> item(PropertyNode node) {
        TreeItem<PropertyNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        item.setExpanded(true);
        return item;
    }

    private void showDetails(PropertyNode node) {
        if (node == null) {
            propertySheet.getItems().clear();
            description.setText("Select a row to see what it means, its type, allowed values and default.");
            return;
        }
        propertySheet.getItems().setAll(NodeFacts.of(node));
        description.setText(node.description());
    }

    /** Greys out members that are absent from the response, whose default applies. */
    private static final class UnsetAwareRow extends TreeTableRow<PropertyNode> {
        @Override
        protected void updateItem(PropertyNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().remove("unset");
            if (!empty && node != null && !node.set()) {
                getStyleClass().add("unset");
            }
        }
    }

    /** Shows a fact in a non-editable but selectable field: copying a value out must stay possible. */
    private static final class ReadOnlyTextEditor extends AbstractPropertyEditor<Object, TextField> {
        ReadOnlyTextEditor(PropertySheet.Item item) {
            super(item, new TextField(), true);
            getEditor().setEditable(false);
            getEditor().setFocusTraversable(false);
        }

        @Override
        protected javafx.beans.value.ObservableValue<Object> getObservableValue() {
            return new javafx.beans.property.SimpleObjectProperty<>(getProperty().getValue());
        }

        @Override
        public void setValue(Object value) {
            getEditor().setText(value == null ? "" : value.toString());
        }
    }
}
