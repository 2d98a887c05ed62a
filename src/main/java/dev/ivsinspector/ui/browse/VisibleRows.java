package dev.ivsinspector.ui.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the browse table shows: every loaded row that passes the filter, in the table's sort order.
 *
 * <p>It replaces JavaFX's FilteredList + SortedList, which insert each added row into a sorted list one at a
 * time: with the table sorted, each 100-row page that arrived held the FX thread for several frames on a
 * 10,000-row list (SortedList.insertToMapping). Here all loaded rows are kept in sort order, a page
 * is sorted on its own and merged into them and into the shown rows (m log n comparisons and a copy each), and
 * the shown list changes once per page. A keystroke in the filter only filters the ordered rows again.
 *
 * <p>Unsorted, rows keep the order they arrived in and a page is appended. Only the FX thread may use it.
 */
final class VisibleRows {

    private final List<ConfigRow> arrivalOrder;
    private final ObjectProperty<Comparator<? super ConfigRow>> comparator = new SimpleObjectProperty<>();
    private final ObservableList<ConfigRow> shown = FXCollections.observableArrayList();
    private List<ConfigRow> ordered = new ArrayList<>();
    private Predicate<? super ConfigRow> filter = row -> true;

    /** @param arrivalOrder every loaded row as it arrived; this class reads it when the sort order changes */
    VisibleRows(List<ConfigRow> arrivalOrder) {
        this.arrivalOrder = arrivalOrder;
        comparator.addListener((obs, old, now) -> reorder());
    }

    ObservableList<ConfigRow> shown() {
        return shown;
    }

    ObjectProperty<Comparator<? super ConfigRow>> comparatorProperty() {
        return comparator;
    }

    void clear() {
        ordered = new ArrayList<>();
        shown.clear();
    }

    /** Takes in a page that was just appended to the arrival order. */
    void added(List<ConfigRow> page) {
        Comparator<? super ConfigRow> order = comparator.get();
        if (order == null) {
            ordered.addAll(page);
            List<ConfigRow> passing = page.stream().filter(filter).toList();
            if (!passing.isEmpty()) {
                shown.addAll(passing);
            }
            return;
        }
        List<ConfigRow> sortedPage = new ArrayList<>(page);
        sortedPage.sort(order);
        ordered = merge(ordered, sortedPage, order);
        // The shown rows are an ordered part of the loaded ones: merging the page's passing rows into them
        // gives the same list as filtering everything again, without testing the 10,000 loaded rows.
        List<ConfigRow> passing = sortedPage.stream().filter(filter).toList();
        if (!passing.isEmpty()) {
            shown.setAll(merge(shown, passing, order));
        }
    }

    void setFilter(Predicate<? super ConfigRow> newFilter) {
        filter = newFilter;
        showFiltered();
    }

    /**
     * Both lists sorted; equal rows keep the order they arrived in (the page's after the loaded ones), as a
     * stable sort of the arrival order would give.
     */
    static <T> List<T> merge(List<T> sorted, List<T> sortedAdditions, Comparator<? super T> order) {
        List<T> merged = new ArrayList<>(sorted.size() + sortedAdditions.size());
        int from = 0;
        for (T addition : sortedAdditions) {
            int at = upperBound(sorted, from, addition, order);
            merged.addAll(sorted.subList(from, at));
            merged.add(addition);
            from = at;
        }
        merged.addAll(sorted.subList(from, sorted.size()));
        return merged;
    }

    /** The first index at or after {@code from} whose row sorts after {@code key}. */
    private static <T> int upperBound(List<T> sorted, int from, T key, Comparator<? super T> order) {
        int low = from;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (order.compare(sorted.get(middle), key) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private void reorder() {
        ordered = new ArrayList<>(arrivalOrder);
        if (comparator.get() != null) {
            ordered.sort(comparator.get());
        }
        showFiltered();
    }

    private void showFiltered() {
        List<ConfigRow> passing = new ArrayList<>(ordered.size());
        for (ConfigRow row : ordered) {
            if (filter.test(row)) {
                passing.add(row);
            }
        }
        if (!passing.equals(shown)) {
            shown.setAll(passing);
        }
    }
}
