package dev.ivsinspector.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The browse table's rows: whatever the pages, filter and order, what is shown is what a full sort would show. */
class VisibleRowsTest {

    private static final Comparator<ConfigRow> BY_NAME = Comparator.comparing(ConfigRow::name, String.CASE_INSENSITIVE_ORDER);

    @Property(tries = 300)
    void pagesMergedInShowTheSameRowsAsAStableSortOfEverythingThatArrived(
            @ForAll @Size(max = 8) List<@Size(max = 30) List<@IntRange(min = 0, max = 40) Integer>> pages,
            @ForAll boolean sorted, @ForAll @IntRange(min = 1, max = 4) int keepEvery) {
        List<ConfigRow> arrived = new ArrayList<>();
        VisibleRows visible = new VisibleRows(arrived);
        Predicate<ConfigRow> filter = row -> row.arn().hashCode() % keepEvery == 0;
        visible.setFilter(filter);
        visible.comparatorProperty().set(sorted ? BY_NAME : null);
        AtomicInteger serial = new AtomicInteger();
        for (List<Integer> names : pages) {
            List<ConfigRow> page = names.stream().map(n -> row("name-" + n, serial.incrementAndGet())).toList();
            arrived.addAll(page);
            visible.added(page);
        }
        assertThat(visible.shown()).containsExactlyElementsOf(expected(arrived, filter, sorted ? BY_NAME : null));

        // Changing the order or the filter afterwards gives the same as if it had been so from the start.
        visible.comparatorProperty().set(sorted ? null : BY_NAME.reversed());
        assertThat(visible.shown()).containsExactlyElementsOf(expected(arrived, filter, sorted ? null : BY_NAME.reversed()));
        visible.setFilter(row -> true);
        assertThat(visible.shown()).containsExactlyElementsOf(expected(arrived, row -> true, sorted ? null : BY_NAME.reversed()));
    }

    @Test
    void aSortedPageChangesTheShownRowsOnceAndAnUnsortedPageIsAppended() {
        List<ConfigRow> arrived = new ArrayList<>();
        VisibleRows visible = new VisibleRows(arrived);
        List<String> changes = new ArrayList<>();
        visible.shown().addListener((ListChangeListener<ConfigRow>) c -> {
            while (c.next()) {
                changes.add(c.wasReplaced() ? "replaced" : c.wasAdded() ? "added at " + c.getFrom() : "other");
            }
        });
        List<ConfigRow> first = List.of(row("b", 1), row("d", 2));
        arrived.addAll(first);
        visible.added(first);
        assertThat(changes).containsExactly("added at 0");

        visible.comparatorProperty().set(BY_NAME);
        List<ConfigRow> second = List.of(row("c", 3), row("a", 4), row("e", 5));
        arrived.addAll(second);
        changes.clear();
        visible.added(second);
        assertThat(changes).containsExactly("replaced");
        assertThat(visible.shown()).extracting(ConfigRow::name).containsExactly("a", "b", "c", "d", "e");

        visible.clear();
        assertThat(visible.shown()).isEmpty();
    }

    private static List<ConfigRow> expected(List<ConfigRow> arrived, Predicate<ConfigRow> filter, Comparator<ConfigRow> order) {
        List<ConfigRow> rows = new ArrayList<>(arrived.stream().filter(filter).toList());
        if (order != null) {
            rows.sort(order);
        }
        return rows;
    }

    private static ConfigRow row(String name, int serial) {
        String arn = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Row" + serial;
        return new ConfigRow("us-west-2", arn, name, "ACTIVE", "bucket", Map.of(), (name + "\n" + arn).toLowerCase());
    }
}
