package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.ui.common.LateAttach;
import dev.ivsinspector.ui.common.StepSpinner;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
    private final HistoryViewModel history;

    @FXML private BorderPane root;
    @FXML private ComboBox<String> arnField;
    @FXML private Button fetchButton;
    @FXML private Button cancelButton;
    @FXML private StepSpinner busyIndicator;
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
    @FXML private Tab jsonTab;
    /** The JSON text the flow shows, so reselecting the tab does not rebuild it. */
    private String shownJson;
    @FXML private TextField treeFilter;
    @FXML private Button pinButton;
    @FXML private Label historyWarning;
    @FXML private Label insightsTitle;
    @FXML private javafx.scene.control.ListView<dev.ivsinspector.model.insight.InsightRule> insightsList;
    @FXML private Label feedback;
    @FXML private javafx.scene.control.Hyperlink copyArnLink;
    @FXML private javafx.scene.control.Hyperlink consoleLink;
    @FXML private javafx.scene.control.Hyperlink bucketLink;
    @FXML private javafx.scene.control.MenuItem copyValueItem;
    @FXML private javafx.scene.control.MenuItem copyPathItem;
    @FXML private javafx.scene.control.MenuItem copyArnItem;
    @FXML private javafx.scene.control.MenuItem consoleItem;
    @FXML private javafx.scene.control.MenuItem bucketItem;
    @FXML private Button copyJsonButton;
    @FXML private Button exportJsonButton;
    @FXML private Label jsonMessage;
    @FXML private javafx.scene.text.TextFlow jsonFlow;

    public InspectorView(InspectorViewModel viewModel, HistoryViewModel history) {
        this.viewModel = viewModel;
        this.history = history;
    }

    @FXML
    private void initialize() {
        TextField editor = arnField.getEditor();
        editor.textProperty().bindBidirectional(viewModel.arnTextProperty());
        // The drop-down gets a copy of the choices, refreshed as it opens: replacing the items of an editable
        // ComboBox while the user works in it (each fetch reorders the history) empties its editor on GTK.
        arnField.getItems().setAll(history.choices());
        arnField.setOnShowing(e -> {
            String text = editor.getText();
            arnField.getItems().setAll(history.choices());
            editor.setText(text);
        });
        arnField.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String arn, boolean empty) {
                super.updateItem(arn, empty);
                setText(empty || arn == null ? null : history.label(arn));
            }
        });
        pinButton.disableProperty().bind(viewModel.shownConfigurationProperty().isNull());
        pinButton.textProperty().bind(Bindings.when(history.shownPinnedProperty()).then("★ Pinned").otherwise("☆ Pin"));
        historyWarning.textProperty().bind(history.warningProperty());
        historyWarning.visibleProperty().bind(history.warningProperty().isNotEmpty());
        historyWarning.managedProperty().bind(historyWarning.visibleProperty());
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
        viewModel.visibleNodesProperty().addListener((obs, old, now) -> showNodes(now));
        treeFilter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        // Enter in the filter must not re-fetch through the default button: it moves to the tree instead.
        treeFilter.setOnAction(e -> tree.requestFocus());
        bindRowActions(viewModel.rowActions());
        insightsList.setItems(viewModel.insights().insights());
        insightsList.setCellFactory(list -> new InsightCell());
        insightsTitle.textProperty().bind(Bindings.size(viewModel.insights().insights()).asString("Insights (%d)"));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                InspectorShortcuts.install(scene, viewModel, arnField, treeFilter, tree);
            }
        });
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

        JsonViewModel json = viewModel.json();
        // The coloured text is hundreds of nodes: made only while the JSON tab is showing, not on every fetch.
        // An invalidation listener: the JSON is printed only when read, and read only while its tab shows.
        json.jsonProperty().addListener((Observable o) -> showJsonIfVisible(json));
        jsonTab.selectedProperty().addListener((obs, was, selected) -> showJsonIfVisible(json));
        // Both tabs start unselected: their tables and text join the window when first opened.
        LateAttach.whenSelected(channelsTab);
        LateAttach.whenSelected(jsonTab);
        copyJsonButton.disableProperty().bind(json.availableProperty().not());
        exportJsonButton.disableProperty().bind(json.availableProperty().not());
        jsonMessage.textProperty().bind(json.messageProperty());

        propertySheet.setPropertyEditorFactory(item -> new ReadOnlyTextEditor(item));
        // The sheet shows nothing before a row is selected, yet styling and skinning it (a toolbar, a search
        // field, a scroll pane) was part of the first window's CSS pass: it takes its place with the first
        // selection (A/B of the packaged app: show() 1133 ms with it, 1081 ms without).
        LateAttach.standInUntil(propertySheet, viewModel.selectedNodeProperty(), node -> node != null);
        viewModel.selectedNodeProperty().addListener((obs, old, node) -> showDetails(node));
        showDetails(null);
    }

    @FXML
    private void onFetch() {
        viewModel.fetch();
    }

    private void bindRowActions(RowActions actions) {
        feedback.textProperty().bind(actions.feedbackProperty());
        var noConfiguration = actions.configurationShownProperty().not();
        var nothingSelected = viewModel.selectedNodeProperty().isNull();
        copyValueItem.disableProperty().bind(nothingSelected);
        copyPathItem.disableProperty().bind(nothingSelected);
        for (var item : List.of(copyArnItem, consoleItem)) {
            item.disableProperty().bind(noConfiguration);
        }
        bucketItem.disableProperty().bind(actions.bucketKnownProperty().not());
        copyArnLink.visibleProperty().bind(actions.configurationShownProperty());
        consoleLink.visibleProperty().bind(actions.configurationShownProperty());
        bucketLink.visibleProperty().bind(actions.bucketKnownProperty());
    }

    @FXML
    private void onTogglePin() {
        history.togglePin();
    }

    @FXML
    private void onCopyValue() {
        viewModel.rowActions().copySelectedValue();
    }

    @FXML
    private void onCopyPath() {
        viewModel.rowActions().copySelectedPath();
    }

    @FXML
    private void onCopyArn() {
        viewModel.rowActions().copyArn();
    }

    @FXML
    private void onOpenConsole() {
        viewModel.rowActions().openInConsole();
    }

    @FXML
    private void onOpenBucket() {
        viewModel.rowActions().openBucket();
    }

    @FXML
    private void onCopyJson() {
        viewModel.json().copy();
    }

    @FXML
    private void onExportJson() {
        viewModel.json().export();
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

    private void showJsonIfVisible(JsonViewModel json) {
        if (!jsonTab.isSelected()) {
            return;
        }
        String text = json.jsonProperty().get();
        if (!text.equals(shownJson)) {
            shownJson = text;
            JsonFlows.show(jsonFlow, text);
        }
    }

}
