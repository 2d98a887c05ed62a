package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.ui.common.FillerFreeTableRow;
import dev.ivsinspector.ui.common.RevealEveryPulse;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** A table of the organization's rows, as the All accounts window and the browse pane both show them. */
public final class OrgRowTable {

    /** What each column shows, in the order the views list their columns. */
    private static final List<Function<OrgRow, String>> VALUES = List.of(OrgRow::mark, OrgRow::accountName,
            OrgRow::region, OrgRow::name, OrgRow::state, OrgRow::bucket, OrgRow::arn, OrgRow::source);

    private OrgRowTable() {
    }

    /**
     * Shows {@code rows} in {@code table}: rows of one fixed height, and an emptied table filled a few rows per
     * frame until a screenful shows (see PacedRows): the first listed page made every row and cell on screen in
     * one layout pass.
     *
     * @param columns mark, account, region, name, state, bucket, ARN, recorded: in this order
     * @param open    what a double-click on a row opens, its ARN given; null when a double-click opens nothing
     */
    public static void show(TableView<OrgRow> table, List<TableColumn<OrgRow, String>> columns,
                            ObservableList<OrgRow> rows, Consumer<String> open) {
        for (int i = 0; i < VALUES.size(); i++) {
            Function<OrgRow, String> value = VALUES.get(i);
            columns.get(i).setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        }
        table.setFixedCellSize(26);
        table.setItems(rows == null ? null : RevealEveryPulse.pacedRows(rows, holding -> { }));
        // The rows stay in the inventory's order: the paced copy follows the view-model's list change by change.
        table.setSortPolicy(t -> false);
        table.setRowFactory(t -> {
            TableRow<OrgRow> row = new FillerFreeTableRow<>();
            if (open != null) {
                row.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && !row.isEmpty()) {
                        open.accept(row.getItem().arn());
                    }
                });
            }
            return row;
        });
    }
}
