package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.ui.common.StepSpinner;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of AllAccountsView.fxml: binds the role rule, regions, tables and buttons to the view-model. */
public final class AllAccountsView {

    private final AllAccountsViewModel viewModel;

    @FXML private ComboBox<ListingSource> sourcePicker;
    @FXML private TextField roleRuleField;
    @FXML private ComboBox<String> regionPicker;
    @FXML private CheckBox allRegions;
    @FXML private Button startButton;
    @FXML private Button cancelButton;
    @FXML private StepSpinner runningIndicator;
    @FXML private TextField filterField;
    @FXML private TableView<OrgRow> table;
    @FXML private TableColumn<OrgRow, String> markColumn;
    @FXML private TableColumn<OrgRow, String> accountColumn;
    @FXML private Label ageLabel;
    @FXML private TableColumn<OrgRow, String> regionColumn;
    @FXML private TableColumn<OrgRow, String> nameColumn;
    @FXML private TableColumn<OrgRow, String> stateColumn;
    @FXML private TableColumn<OrgRow, String> bucketColumn;
    @FXML private TableColumn<OrgRow, String> arnColumn;
    @FXML private TableColumn<OrgRow, String> sourceColumn;
    @FXML private ListView<AccountRegionStatus> statusList;
    @FXML private Label summaryLabel;

    public AllAccountsView(AllAccountsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        sourcePicker.setItems(viewModel.sources());
        sourcePicker.valueProperty().bindBidirectional(viewModel.sourceProperty());
        roleRuleField.textProperty().bindBidirectional(viewModel.roleRuleProperty());
        // The role rule only matters when each account is listed with one of its roles.
        roleRuleField.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.sourceProperty().get() != null && viewModel.sourceProperty().get().aggregator() != null,
                viewModel.sourceProperty()));
        regionPicker.getItems().setAll(viewModel.regions());
        regionPicker.valueProperty().bindBidirectional(viewModel.regionProperty());
        regionPicker.disableProperty().bind(viewModel.allRegionsProperty());
        allRegions.selectedProperty().bindBidirectional(viewModel.allRegionsProperty());
        startButton.disableProperty().bind(viewModel.runningProperty());
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        runningIndicator.visibleProperty().bind(viewModel.runningProperty());
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        OrgRowTable.show(table, List.of(markColumn, accountColumn, regionColumn, nameColumn, stateColumn, bucketColumn,
                arnColumn, sourceColumn), viewModel.rows(), null);
        ageLabel.textProperty().bind(viewModel.ageProperty());
        statusList.setItems(viewModel.statuses());
        statusList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AccountRegionStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.describe(item));
            }
        });
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
    }

    @FXML
    private void onStart() {
        viewModel.start();
    }

    @FXML
    private void onFindAggregators() {
        viewModel.findAggregators();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }
}
