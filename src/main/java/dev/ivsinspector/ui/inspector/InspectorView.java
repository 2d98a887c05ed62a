package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.ui.common.StepSpinner;
import java.util.List;
import dev.ivsinspector.ui.common.AfterLayout;
import dev.ivsinspector.ui.common.CollapsibleSplit;
import dev.ivsinspector.ui.common.LayoutState;
import dev.ivsinspector.ui.common.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.layout.BorderPane;

/**
 * Controller of InspectorView.fxml: the ARN bar, the configuration tree and the status bar; binds nodes to the
 * view-model and forwards user actions. The other tabs and the details pane are included views of their own.
 */
public final class InspectorView {

    private final InspectorViewModel viewModel;
    private final HistoryViewModel history;
    private final LayoutState layout;
    private FieldColumnFit columnFit;

    @FXML private BorderPane root;
    @FXML private SplitPane split;
    @FXML private Parent details;
    @FXML private ComboBox<String> arnField;
    @FXML private Label arnLabel;
    @FXML private Button fetchButton;
    @FXML private Button cancelButton;
    @FXML private StepSpinner busyIndicator;
    @FXML private Label arnProblem;
    @FXML private TreeTableView<PropertyNode> tree;
    @FXML private TreeTableColumn<PropertyNode, String> fieldColumn;
    @FXML private TreeTableColumn<PropertyNode, String> valueColumn;
    @FXML private Label pollingLabel;
    @FXML private Tab channelsTab;
    @FXML private Label status;
    @FXML private Tab jsonTab;
    @FXML private ChannelsTabView channelsPaneController;
    @FXML private JsonTabView jsonPaneController;
    @FXML private TextField treeFilter;
    @FXML private Button pinButton;
    @FXML private Label historyWarning;
    @FXML private Label feedback;
    @FXML private javafx.scene.control.Hyperlink copyArnLink;
    @FXML private javafx.scene.control.Hyperlink consoleLink;
    @FXML private javafx.scene.control.Hyperlink bucketLink;
    @FXML private javafx.scene.control.MenuItem copyValueItem;
    @FXML private javafx.scene.control.MenuItem copyPathItem;
    @FXML private javafx.scene.control.MenuItem copyArnItem;
    @FXML private javafx.scene.control.MenuItem consoleItem;
    @FXML private javafx.scene.control.MenuItem bucketItem;

    public InspectorView(InspectorViewModel viewModel, HistoryViewModel history, LayoutState layout) {
        this.viewModel = viewModel;
        this.history = history;
        this.layout = layout;
    }

    @FXML
    private void initialize() {
        // Set here, not in the FXML: there the field comes after its label and cannot be referred to yet.
        arnLabel.setLabelFor(arnField);
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
        pinButton.textProperty().bind(Bindings.when(history.shownPinnedProperty())
                .then(Messages.text("inspector.pin.pinned")).otherwise(Messages.text("inspector.pin.unpinned")));
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
        valueColumn.setCellFactory(column -> new ValueCell());
        columnFit = new FieldColumnFit(tree, fieldColumn, valueColumn, layout.fieldColumnWidthProperty());
        layout.treeNeededWidthProperty().set(columnFit.neededWidth());
        // Zoom changes the font: names and values need other widths once the new size is applied.
        layout.fontScaleProperty().addListener(o -> Platform.runLater(this::refitColumns));
        tree.setRowFactory(t -> new UnsetAwareRow());
        tree.setAccessibleText(Messages.text("inspector.tree.accessible"));
        tree.setRoot(new TreeItem<>());
        viewModel.visibleNodesProperty().addListener((obs, old, now) -> showNodes(now));
        treeFilter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        // Enter in the filter must not re-fetch through the default button: it moves to the tree instead.
        treeFilter.setOnAction(e -> tree.requestFocus());
        bindRowActions(viewModel.rowActions());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                InspectorShortcuts.install(scene, viewModel, arnField, treeFilter, tree);
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                viewModel.selectedNodeProperty().set(item == null ? null : item.getValue()));

        pollingLabel.visibleProperty().bind(viewModel.pollingProperty());
        pollingLabel.managedProperty().bind(pollingLabel.visibleProperty());
        details.setId("details");
        SplitPane.setResizableWithParent(details, false);
        root.setCenter(new CollapsibleSplit(split, CollapsibleSplit.Side.LAST, layout.detailsCollapsedProperty(),
                layout.detailsTooNarrowProperty(), Messages.text("pane.details.hide"), Messages.text("pane.details.show")).node());
        channelsPaneController.showIn(channelsTab);
        jsonPaneController.showIn(jsonTab);
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
        // Hidden links give their room to the filter field.
        for (Node link : List.of(copyArnLink, consoleLink, bucketLink)) {
            link.managedProperty().bind(link.visibleProperty());
        }
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
    private void onCancel() {
        viewModel.cancel();
    }

    /**
     * Replaces the children of the one root the tree keeps. A new root per fetch leaked every tree shown: the
     * table's skin (JavaFX 21) registers a handler on each root it is given and keeps it until the skin goes.
     */
    private void showNodes(List<PropertyNode> nodes) {
        List<TreeItem<PropertyNode>> items = nodes.stream().map(InspectorView::item).toList();
        TreeItem<PropertyNode> top = tree.getRoot();
        top.getChildren().setAll(items);
        top.setExpanded(true);
        fitColumns(nodes);
        // Measured again once the new rows are laid out: their CSS font, indent and arrows (theme, zoom).
        afterNextLayout(() -> fitColumns(nodes));
    }

    private void afterNextLayout(Runnable action) {
        Scene scene = tree.getScene();
        if (scene == null) {
            Platform.runLater(action);
        } else {
            AfterLayout.run(scene, 1, action);
        }
    }

    private void fitColumns(List<PropertyNode> nodes) {
        columnFit.show(nodes);
        layout.treeNeededWidthProperty().set(columnFit.neededWidth());
    }

    private void refitColumns() {
        tree.applyCss();
        columnFit.apply();
        layout.treeNeededWidthProperty().set(columnFit.neededWidth());
    }

    private static TreeItem<PropertyNode> item(PropertyNode node) {
        TreeItem<PropertyNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        item.setExpanded(true);
        return item;
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
}
