package dev.ivsinspector.ui.accounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

/**
 * The rows a filter lets through, in the order of the source, for a table over thousands of rows.
 *
 * <p>Why not JavaFX's {@code FilteredList}: a new predicate there tests every row again and tells its listeners
 * that every row was replaced, so the table rebuilds every cell on screen for each keystroke even when what it
 * shows is the same. Here a new filter tells only the rows it drops and adds, as one change (nothing when the
 * rows stay the same), and a filter that narrows the one before tests only the rows shown.
 *
 * <p>The source may grow at its end and replace rows in place (as {@code MergedRows} does); any other change is
 * followed by filtering it again from the start.
 */
final class FilteredRows extends ObservableListBase<OrgRow> {

    private final ObservableList<OrgRow> source;
    private Predicate<OrgRow> predicate;
    private String filteredBy = "";
    private Predicate<OrgRow> byText = row -> true;
    private List<OrgRow> shown = new ArrayList<>();
    /** For each row shown, its index in the source: ascending. */
    private int[] at = new int[0];

    FilteredRows(ObservableList<OrgRow> source) {
        this.source = source;
        source.addListener((ListChangeListener<OrgRow>) this::sourceChanged);
        showOnly(select(null, false));
    }

    /**
     * Shows the rows whose text matches the filter's {@code text} (every row when blank). A text that extends the
     * one before only tests the rows shown: every row it matches, the text before matched too.
     */
    void showMatching(String text) {
        boolean narrowing = !filteredBy.isBlank() && text.startsWith(filteredBy);
        filteredBy = text;
        byText = OrgRow.matcher(text);
        filter(text.isBlank() ? null : byText, narrowing);
    }

    /** Also shows the rows of these ARNs (what the inventory's full-text index found for the same text). */
    void alsoShow(Set<String> arns) {
        Predicate<OrgRow> matching = byText;
        filter(row -> arns.contains(row.arn()) || matching.test(row), false);
    }

    /**
     * Shows the rows {@code newPredicate} lets through (every row when null).
     *
     * @param narrowing true when every row it lets through is shown now (its text extends the filter's text
     *                  before), so that only the rows shown need testing
     */
    void filter(Predicate<OrgRow> newPredicate, boolean narrowing) {
        boolean onlyShown = narrowing && predicate != null;
        predicate = newPredicate;
        showOnly(select(newPredicate, onlyShown));
    }

    @Override
    public OrgRow get(int index) {
        return shown.get(index);
    }

    @Override
    public int size() {
        return shown.size();
    }

    private boolean passes(OrgRow row) {
        return predicate == null || predicate.test(row);
    }

    /** The source indices of the rows that pass, ascending. */
    private int[] select(Predicate<OrgRow> test, boolean onlyShown) {
        int candidates = onlyShown ? shown.size() : source.size();
        int[] selected = new int[candidates];
        int count = 0;
        for (int k = 0; k < candidates; k++) {
            int index = onlyShown ? at[k] : k;
            if (test == null || test.test(source.get(index))) {
                selected[count++] = index;
            }
        }
        return Arrays.copyOf(selected, count);
    }

    /**
     * Shows the rows at these source indices, telling the listeners which rows went and came. Both lists are in
     * source order, so one walk over both finds them; runs of them become one sub-change each.
     */
    private void showOnly(int[] next) {
        if (Arrays.equals(next, at)) {
            return; // the same rows: nothing for the table to do
        }
        List<OrgRow> before = shown;
        int[] beforeAt = at;
        List<OrgRow> after = new ArrayList<>(next.length);
        beginChange();
        int i = 0;
        int j = 0;
        while (i < beforeAt.length || j < next.length) {
            int was = i < beforeAt.length ? beforeAt[i] : Integer.MAX_VALUE;
            int now = j < next.length ? next[j] : Integer.MAX_VALUE;
            if (was == now) {
                after.add(before.get(i++));
                j++;
            } else if (was < now) {
                nextRemove(after.size(), before.get(i++));
            } else {
                after.add(source.get(now));
                nextAdd(after.size() - 1, after.size());
                j++;
            }
        }
        shown = after;
        at = next;
        endChange();
    }

    private void sourceChanged(ListChangeListener.Change<? extends OrgRow> change) {
        if (!onlyGrowsOrReplacesInPlace(change)) {
            refilterAll();
            return;
        }
        change.reset();
        beginChange();
        while (change.next()) {
            if (change.wasReplaced()) {
                for (int k = change.getFrom(); k < change.getTo(); k++) {
                    replaced(k, change.getRemoved().get(k - change.getFrom()));
                }
            } else if (change.wasAdded()) {
                appended(change.getFrom(), change.getTo());
            }
        }
        endChange();
    }

    private boolean onlyGrowsOrReplacesInPlace(ListChangeListener.Change<? extends OrgRow> change) {
        int grownFrom = source.size();
        while (change.next()) {
            if (change.wasPermutated() || change.wasUpdated()
                    || (change.wasRemoved() && change.getRemovedSize() != change.getAddedSize())) {
                return false;
            }
            if (change.wasAdded() && !change.wasReplaced()) {
                grownFrom = Math.min(grownFrom, change.getFrom());
            }
        }
        // Added rows must all be at the end: rows before them keep their indices.
        return grownFrom >= (at.length == 0 ? 0 : at[at.length - 1] + 1);
    }

    private void refilterAll() {
        List<OrgRow> before = shown;
        int[] next = select(predicate, false);
        List<OrgRow> after = new ArrayList<>(next.length);
        for (int index : next) {
            after.add(source.get(index));
        }
        beginChange();
        if (!before.isEmpty()) {
            nextRemove(0, before);
        }
        shown = after;
        at = next;
        if (!after.isEmpty()) {
            nextAdd(0, after.size());
        }
        endChange();
    }

    private void replaced(int index, OrgRow old) {
        int position = Arrays.binarySearch(at, index);
        OrgRow row = source.get(index);
        boolean pass = passes(row);
        if (position >= 0 && pass) {
            shown.set(position, row);
            nextSet(position, old);
        } else if (position >= 0) {
            shown.remove(position);
            at = remove(at, position);
            nextRemove(position, old);
        } else if (pass) {
            int insertAt = -position - 1;
            shown.add(insertAt, row);
            at = insert(at, insertAt, index);
            nextAdd(insertAt, insertAt + 1);
        }
    }

    private void appended(int from, int to) {
        int firstNew = shown.size();
        int[] grown = Arrays.copyOf(at, at.length + (to - from));
        int count = at.length;
        for (int index = from; index < to; index++) {
            OrgRow row = source.get(index);
            if (passes(row)) {
                shown.add(row);
                grown[count++] = index;
            }
        }
        at = Arrays.copyOf(grown, count);
        if (shown.size() > firstNew) {
            nextAdd(firstNew, shown.size());
        }
    }

    private static int[] remove(int[] values, int position) {
        int[] smaller = new int[values.length - 1];
        System.arraycopy(values, 0, smaller, 0, position);
        System.arraycopy(values, position + 1, smaller, position, values.length - position - 1);
        return smaller;
    }

    private static int[] insert(int[] values, int position, int value) {
        int[] larger = new int[values.length + 1];
        System.arraycopy(values, 0, larger, 0, position);
        larger[position] = value;
        System.arraycopy(values, position, larger, position + 1, values.length - position);
        return larger;
    }
}
