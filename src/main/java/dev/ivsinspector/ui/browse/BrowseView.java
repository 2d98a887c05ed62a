package dev.ivsinspector.ui.browse;

import dev.ivsinspector.model.DisplayText;
import dev.ivsinspector.ui.common.LateAttach;
import dev.ivsinspector.ui.common.StepSpinner;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.FillerFreeTableRow;
import dev.ivsinspector.ui.common.RevealEveryPulse;
import dev.ivsinspector.ui.common.Shortcut;
import javafx.scene.layout.VBox;
import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.ui.accounts.AllAccountsViewModel;
import dev.ivsinspector.ui.accounts.OrgRow;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;

/** Controller of BrowseView.fxml: binds the table, filter and region status list to the view-model. */
public final class BrowseView {

    private final BrowseViewModel viewModel;

    @FXML private VBox root;
    @FXML private ComboBox<String> regionPicker;
    @FXML private Label browseRegionLabel;
    @FXML private CheckBox allRegions;
    @FXML private Button refreshButton;
    @FXML private Button cancelButton;
    @FXML private Button continueButton;
    @FXML private StepSpinner loadingIndicator;
    @FXML private TextField filterField;
    @FXML private ToggleButton activeToggle;
    @FXML private ToggleButton creatingToggle;
    @FXML private ToggleButton failedToggle;
    @FXML private TableView<ConfigRow> table;
    @FXML private TableColumn<ConfigRow, String> regionColumn;
    @FXML private TableColumn<ConfigRow, String> nameColumn;
    @FXML private TableColumn<ConfigRow, String> stateColumn;
    @FXML private TableColumn<ConfigRow, String> bucketColumn;
    @FXML private TableColumn<ConfigRow, Integer> tagsColumn;
    @FXML private TableColumn<ConfigRow, String> arnColumn;
    @FXML private Label summary;
    @FXML private ListView<RegionStatus> regionStatusList;
    @FXML private CheckBox allAccounts;
    @FXML private Label inventoryAge;
    @FXML private TableView<OrgRow> accountsTable;
    @FXML private TableColumn<OrgRow, String> markColumn;
    @FXML private TableColumn<OrgRow, String> accountColumn;
    @FXML private TableColumn<OrgRow, String> accountRegionColumn;
    @FXML private TableColumn<OrgRow, String> accountNameColumn;
    @FXML private TableColumn<OrgRow, String> accountStateColumn;
    @FXML private TableColumn<OrgRow, String> accountBucketColumn;
    @FXML private TableColumn<OrgRow, String> accountArnColumn;
    @FXML private TableColumn<OrgRow, String> sourceColumn;
    @FXML private ListView<AccountRegionStatus> accountStatusList;

    public BrowseView(BrowseViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        browseRegionLabel.setLabelFor(regionPicker);
        regionPicker.setItems(viewModel.regions());
        regionPicker.valueProperty().bindBidirectional(viewModel.regionProperty());
        regionPicker.disableProperty().bind(viewModel.allRegionsProperty());
        allRegions.selectedProperty().bindBidirectional(viewModel.allRegionsProperty());
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        activeToggle.selectedProperty().bindBidirectional(viewModel.showActiveProperty());
        creatingToggle.selectedProperty().bindBidirectional(viewModel.showCreatingProperty());
        failedToggle.selectedProperty().bindBidirectional(viewModel.showFailedProperty());
        bindAllAccounts();
        continueButton.managedProperty().bind(continueButton.visibleProperty());

        regionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().region()));
        regionColumn.visibleProperty().bind(viewModel.allRegionsProperty());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameColumn.setCellFactory(column -> new NameCell());
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().state()));
        bucketColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DisplayText.shown(c.getValue().bucket())));
        tagsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().tagCount()));
        arnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().arn()));
        // Plain case-insensitive comparators: the default one builds a cell value and runs a Collator per
        // comparison, which made each refilter of a sorted 10,000-row table stall the FX thread (bench/browse.sh).
        for (TableColumn<ConfigRow, String> column : java.util.List.of(regionColumn, nameColumn, stateColumn, bucketColumn, arnColumn)) {
            column.setComparator(String.CASE_INSENSITIVE_ORDER);
        }
        // Rows of one fixed height: no measuring of every new row while pages arrive.
        table.setFixedCellSize(26);
        // A page replaces the shown rows when sorted (see VisibleRows); the table keeps the selected row by itself.
        // An empty table is filled a few rows per frame until a screenful shows (see PacedRows).
        // Pages wait while it fills a screen.
        table.setItems(RevealEveryPulse.pacedRows(viewModel.visibleRows(), viewModel::holdPages));
        // The view-model sorts (see VisibleRows); the table only says in which order.
        table.setSortPolicy(t -> true);
        viewModel.comparatorProperty().bind(table.comparatorProperty());
        table.setRowFactory(t -> {
            TableRow<ConfigRow> row = new FillerFreeTableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (Shortcut.OPEN_ROW.matches(e)) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        root.setOnKeyPressed(e -> {
            if (Shortcut.LIST_AGAIN.matches(e)) {
                viewModel.refresh();
                e.consume();
            }
        });

        regionStatusList.setItems(viewModel.regionStatuses());
        regionStatusList.setCellFactory(list -> new RegionStatusCell());
        regionStatusList.visibleProperty().bind(viewModel.allRegionsProperty().or(viewModel.canContinueProperty())
                .and(viewModel.allAccountsProperty().not()));
        regionStatusList.managedProperty().bind(regionStatusList.visibleProperty());
        // Shown only for All regions or after a failed page: not part of the first window until then.
        LateAttach.whenVisible(regionStatusList);
    }

    /** "All accounts" shows the organization's table, statuses, progress and summary instead of the account's. */
    private void bindAllAccounts() {
        AllAccountsViewModel organization = viewModel.organization();
        BooleanProperty on = viewModel.allAccountsProperty();
        allAccounts.setVisible(organization != null);
        allAccounts.setManaged(organization != null);
        allAccounts.selectedProperty().bindBidirectional(on);
        AllAccountsPane.bind(new AllAccountsPane.Nodes(accountsTable, List.of(markColumn, accountColumn,
                accountRegionColumn, accountNameColumn, accountStateColumn, accountBucketColumn, accountArnColumn,
                sourceColumn), inventoryAge, accountStatusList), organization, on, viewModel::openArn);
        AllAccountsPane.showOnlyWhen(on.not(), table);
        BooleanExpression busy = organization == null ? viewModel.loadingProperty()
                : Bindings.when(on).then(organization.runningProperty()).otherwise(viewModel.loadingProperty());
        loadingIndicator.visibleProperty().bind(busy);
        cancelButton.disableProperty().bind(busy.not());
        continueButton.visibleProperty().bind(viewModel.canContinueProperty().and(on.not()));
        summary.textProperty().bind(organization == null ? viewModel.summaryProperty()
                : Bindings.when(on).then(organization.summaryProperty()).otherwise(viewModel.summaryProperty()));
    }

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @FXML
    private void onContinue() {
        viewModel.continueLoading();
    }

    /** Names are optional in IVS: an unnamed configuration says so, greyed, instead of showing a blank cell. */
    private static final class NameCell extends javafx.scene.control.TableCell<ConfigRow, String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            boolean unnamed = !empty && (name == null || name.isEmpty());
            setText(empty ? null : unnamed ? Messages.text("browse.noName") : DisplayText.shown(name));
            setStyle(unnamed ? "-fx-text-fill: #8a8a8a; -fx-font-style: italic;" : "");
        }
    }

    /** A failed region stands out in red so it is not mistaken for an empty one. */
    private static final class RegionStatusCell extends ListCell<RegionStatus> {
        @Override
        protected void updateItem(RegionStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(empty || status == null ? null : status.toString());
            setStyle(!empty && status != null && status.state() == RegionStatus.State.FAILED ? "-fx-text-fill: #b00020;" : "");
        }
    }
}
