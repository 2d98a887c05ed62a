package dev.ivsinspector.ui.browse;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which rows the filter box and the state toggles let through: every word typed must appear in the name,
 * bucket, ARN or a tag key or value (case-insensitive), and the row's state must be one that is switched on.
 */
public final class RowFilter implements Predicate<ConfigRow> {

    private final String[] words;
    private final Set<String> states;

    public RowFilter(String text, Set<String> states) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        this.words = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        this.states = Set.copyOf(states);
    }

    @Override
    public boolean test(ConfigRow row) {
        if (!states.contains(row.state())) {
            return false;
        }
        for (String word : words) {
            if (!row.searchText().contains(word)) {
                return false;
            }
        }
        return true;
    }
}
