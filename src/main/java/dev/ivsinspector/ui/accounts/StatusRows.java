package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.aws.org.AccountRegionStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A status row per account-region, in the order they first came; a later status replaces its row. */
final class StatusRows {

    private final ObservableList<AccountRegionStatus> rows = FXCollections.observableArrayList();
    private final Map<String, Integer> index = new HashMap<>();

    ObservableList<AccountRegionStatus> rows() {
        return rows;
    }

    void clear() {
        rows.clear();
        index.clear();
    }

    /**
     * Statuses that came together: the new rows as one change. A status replacing its row is a change of its own:
     * a list view redraws only the first replaced range of a change.
     */
    void show(List<AccountRegionStatus> changed) {
        rows.addAll(KeyedRows.replaceKnown(rows, index, changed, AccountRegionStatus::key));
    }
}
