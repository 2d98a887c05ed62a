package dev.ivsinspector.ui.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Rows with a key (an ARN, an account-region) where a row that comes again replaces the one with its key. */
final class KeyedRows {

    private KeyedRows() {
    }

    /**
     * Replaces in {@code rows} each incoming row whose key is there already, and returns the others, in the order
     * they came, for the caller to append (how many changes that makes is the caller's choice). A key that comes
     * twice among the incoming rows keeps the later row. {@code index} maps each key to its row's position and
     * is kept up to date, appended rows included.
     */
    static <T> List<T> replaceKnown(List<T> rows, Map<String, Integer> index, List<T> incoming, Function<T, String> key) {
        List<T> added = new ArrayList<>();
        for (T row : incoming) {
            Integer at = index.putIfAbsent(key.apply(row), rows.size() + added.size());
            if (at == null) {
                added.add(row);
            } else if (at >= rows.size()) {
                added.set(at - rows.size(), row); // came twice in this batch
            } else {
                rows.set(at, row);
            }
        }
        return added;
    }
}
