package dev.ivsinspector.ui.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.ivsinspector.ui.common.BatchedList;
import javafx.collections.ObservableList;

/** The rows of All accounts: the stored ones stay while a refresh runs; what it lists replaces or joins them. */
final class MergedRows {

    private final BatchedList<OrgRow> rows = new BatchedList<>();
    private final Map<String, Integer> index = new HashMap<>();

    ObservableList<OrgRow> rows() {
        return rows;
    }

    /** Replaces every row (the inventory as stored). */
    void setAll(List<OrgRow> stored) {
        rows.setAll(stored);
        reindex();
    }

    /** Starts a refresh: rows it lists replace the shown rows of the same ARN. */
    void reindex() {
        index.clear();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).arn(), i);
        }
    }

    /** Adds the rows whose ARN is not shown yet. */
    void addAbsent(List<OrgRow> stored) {
        List<OrgRow> absent = stored.stream().filter(row -> !index.containsKey(row.arn())).toList();
        int next = rows.size();
        for (OrgRow row : absent) {
            index.put(row.arn(), next++);
        }
        rows.addAll(absent);
    }

    /** Rows listed again replace theirs, new ones join at the end: one change for the page. */
    void upsert(List<OrgRow> listed) {
        rows.inOneChange(() -> rows.addAll(KeyedRows.replaceKnown(rows, index, listed, OrgRow::arn)));
    }
}
