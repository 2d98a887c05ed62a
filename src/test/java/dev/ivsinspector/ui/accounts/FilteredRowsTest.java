package dev.ivsinspector.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FilteredRowsTest {

    private final MergedRows merged = new MergedRows();
    private final FilteredRows filtered = new FilteredRows(merged.rows());
    private final List<ListChangeListener.Change<? extends OrgRow>> changes = new ArrayList<>();
    /** A copy kept by applying each change, as a table does: it must always equal the list. */
    private final List<OrgRow> follower = new ArrayList<>();

    FilteredRowsTest() {
        merged.setAll(rows(0, 1000, "first"));
        follower.addAll(filtered);
        filtered.addListener((ListChangeListener<OrgRow>) changes::add);
        filtered.addListener((ListChangeListener<OrgRow>) change -> {
            while (change.next()) {
                follower.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()).clear();
                follower.addAll(change.getFrom(), change.getAddedSubList());
            }
        });
    }

    @AfterEach
    void aListFollowingTheChangesShowsTheSameRows() {
        assertThat(follower).containsExactlyElementsOf(filtered);
    }

    @Test
    void eachKeystrokeNarrowingTheFilterShowsWhatTheWholeFilterShowsAndTellsOneChange() {
        String typed = "show-01";
        for (int i = 1; i <= typed.length(); i++) {
            String text = typed.substring(0, i);
            changes.clear();
            filtered.showMatching(text);

            assertThat(filtered).as(text).containsExactlyElementsOf(wholeFilter(text));
            assertThat(changes).as(text).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(filtered).hasSize(100); // show-0100 … show-0199
    }

    @Test
    void aKeystrokeThatKeepsTheSameRowsTellsNothing() {
        filtered.showMatching("s");
        changes.clear();

        filtered.showMatching("sh");

        assertThat(changes).isEmpty();
        assertThat(filtered).hasSize(1000);
    }

    @Test
    void deletingACharacterWidensAgainAndTellsOnlyTheRowsThatCameBack() {
        filtered.showMatching("show-01");
        changes.clear();

        filtered.showMatching("show-0");

        assertThat(filtered).containsExactlyElementsOf(wholeFilter("show-0"));
        assertThat(changes).hasSize(1);
        List<Integer> added = new ArrayList<>();
        ListChangeListener.Change<? extends OrgRow> change = changes.get(0);
        change.reset();
        while (change.next()) {
            assertThat(change.wasRemoved()).isFalse();
            added.add(change.getAddedSize());
        }
        assertThat(added.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000 - 100);
    }

    @Test
    void rowsListedWhileFilteredJoinOrReplaceTheirsAsTheFilterSays() {
        filtered.showMatching("01");
        changes.clear();

        // A page: rows 100..109 listed again under another name, and 1000..1099 new.
        List<OrgRow> page = new ArrayList<>(rows(100, 110, "renamed"));
        page.addAll(rows(1000, 1100, "first"));
        merged.upsert(page);

        assertThat(changes).hasSize(1);
        assertThat(filtered).containsExactlyElementsOf(wholeFilter("01"));
        assertThat(filtered).extracting(OrgRow::name).contains("show-0110", "show-1001")
                .doesNotContain("show-0100", "renamed-100");
    }

    @Test
    void rowsTheIndexFoundStayUntilTheNextKeystrokeWhichTestsTheRowsShown() {
        filtered.showMatching("show-01");
        filtered.alsoShow(Set.of("arn:aws:ivs:us-west-2:111122223333:recording-configuration/r5"));
        assertThat(filtered).hasSize(101).extracting(OrgRow::name).contains("show-0005");

        filtered.showMatching("show-010");

        assertThat(filtered).containsExactlyElementsOf(wholeFilter("show-010"));
    }

    @Test
    void aRowListedTwiceInOneBatchIsShownOnceAsListedLast() {
        List<OrgRow> twice = new ArrayList<>(rows(2000, 2001, "first"));
        twice.addAll(rows(2000, 2001, "renamed"));

        merged.upsert(twice);

        assertThat(merged.rows()).hasSize(1001);
        assertThat(filtered.get(filtered.size() - 1).name()).isEqualTo("renamed-2000");
    }

    @Test
    void replacingEveryRowFiltersAgain() {
        filtered.showMatching("show-01");

        merged.setAll(rows(0, 50, "first"));

        assertThat(filtered).containsExactlyElementsOf(wholeFilter("show-01"));
    }

    private List<OrgRow> wholeFilter(String text) {
        return merged.rows().stream().filter(OrgRow.matcher(text)).toList();
    }

    private static List<OrgRow> rows(int from, int to, String kind) {
        return IntStream.range(from, to).mapToObj(i -> OrgRow.of("111122223333", "Production", "us-west-2",
                "arn:aws:ivs:us-west-2:111122223333:recording-configuration/r" + i,
                kind.equals("renamed") ? "renamed-" + i : String.format("show-%04d", i), "ACTIVE", "bucket", Map.of()))
                .toList();
    }

}
