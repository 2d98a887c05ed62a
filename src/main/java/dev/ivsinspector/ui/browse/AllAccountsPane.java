package dev.ivsinspector.ui.browse;

import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.ui.accounts.AllAccountsViewModel;
import dev.ivsinspector.ui.accounts.OrgRow;
import dev.ivsinspector.ui.accounts.OrgRowTable;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The browse pane's All accounts part: the organization's rows (with what changed and where they were recorded),
 * the inventory's age and a status row per account-region, shown instead of the one account's table while All
 * accounts is on.
 */
final class AllAccountsPane {

    private AllAccountsPane() {
    }

    record Nodes(TableView<OrgRow> table, List<TableColumn<OrgRow, String>> columns, Label age,
                 ListView<AccountRegionStatus> statuses) {
    }

    /** @param columns mark, account, region, name, state, bucket, ARN, recorded: in this order */
    static void bind(Nodes nodes, AllAccountsViewModel organization, ObservableBooleanValue allAccounts,
                     Consumer<String> open) {
        OrgRowTable.show(nodes.table(), nodes.columns(), organization == null ? null : organization.rows(), open);
        if (organization != null) {
            nodes.age().textProperty().bind(organization.ageProperty());
            nodes.statuses().setItems(organization.statuses());
            nodes.statuses().setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(AccountRegionStatus item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : organization.describe(item));
                    boolean bad = !empty && item != null && (item.state() == AccountRegionStatus.State.FAILED
                            || item.state() == AccountRegionStatus.State.DENIED);
                    setStyle(bad ? "-fx-text-fill: #b00020;" : "");
                }
            });
        }
        showOnlyWhen(allAccounts, nodes.table(), nodes.age(), nodes.statuses());
        // No empty box before a listing started: the stored inventory alone has no statuses.
        nodes.statuses().visibleProperty().bind(Bindings.createBooleanBinding(
                () -> allAccounts.get() && !nodes.statuses().getItems().isEmpty(), allAccounts,
                organization == null ? allAccounts : organization.statuses()));
        nodes.age().visibleProperty().bind(Bindings.createBooleanBinding(
                () -> allAccounts.get() && !nodes.age().getText().isEmpty(), allAccounts, nodes.age().textProperty()));
    }

    static void showOnlyWhen(ObservableBooleanValue condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(node.visibleProperty());
        }
    }
}
