package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.aws.org.AccountRole;
import dev.ivsinspector.ui.common.StepSpinner;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of AccountPickerView.fxml: binds the search, the table and the buttons to the view-model. */
public final class AccountPickerView {

    private final AccountPickerViewModel viewModel;
    private final Runnable afterUse;

    @FXML private TextField searchField;
    @FXML private TableView<AccountRole> table;
    @FXML private TableColumn<AccountRole, String> nameColumn;
    @FXML private TableColumn<AccountRole, String> idColumn;
    @FXML private TableColumn<AccountRole, String> emailColumn;
    @FXML private TableColumn<AccountRole, String> roleColumn;
    @FXML private StepSpinner busyIndicator;
    @FXML private Label statusLabel;
    @FXML private Button useButton;

    /** @param afterUse runs after "Use this account", e.g. to close the window */
    public AccountPickerView(AccountPickerViewModel viewModel, Runnable afterUse) {
        this.viewModel = viewModel;
        this.afterUse = afterUse;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        table.setItems(viewModel.rows());
        column(nameColumn, AccountRole::accountName);
        column(idColumn, AccountRole::accountId);
        column(emailColumn, AccountRole::email);
        column(roleColumn, AccountRole::roleName);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.setRowFactory(t -> {
            TableRow<AccountRole> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onUse();
                }
            });
            return row;
        });
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        useButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    @FXML
    private void onUse() {
        viewModel.choose(viewModel.selectedProperty().get());
        afterUse.run();
    }

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }

    private static void column(TableColumn<AccountRole, String> column, Function<AccountRole, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
