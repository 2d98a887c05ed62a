package dev.ivsinspector.ui.accounts;

import java.util.ArrayList;
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
        absent.forEach(row -> index.put(row.arn(), rows.size() + absent.indexOf(row)));
        rows.addAll(absent);
    }

    /** Adds {@code item} to {@code added}, or replaces the one at {@code at} there when not negative. */
    static <T> void addOrReplace(List<T> added, int at, T item) {
        if (at < 0) {
            added.add(item);
        } else {
            added.set(at, item);
        }
    }

    /** Rows listed again replace theirs, new ones join at the end: one change for the page. */
    void upsert(List<OrgRow> listed) {
        List<OrgRow> added = new ArrayList<>();
        rows.inOneChange(() -> {
            for (OrgRow row : listed) {
                Integer at = index.putIfAbsent(row.arn(), rows.size() + added.size());
                if (at == null || at >= rows.size()) {
                    addOrReplace(added, at == null ? -1 : at - rows.size(), row); // new, or listed twice in this batch
                } else {
                    rows.set(at, row);
                }
            }
            rows.addAll(added);
        });
    }
}
