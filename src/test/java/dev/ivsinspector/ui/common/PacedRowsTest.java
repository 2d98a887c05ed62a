package dev.ivsinspector.ui.common;

import dev.ivsinspector.ui.browse.ConfigRow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class PacedRowsTest {

    private final ObservableList<ConfigRow> visible = FXCollections.observableArrayList();
    private int framesWanted;
    private final PacedRows<ConfigRow> paced = new PacedRows<>(visible, () -> framesWanted++);

    /** Frames that fit in one display refresh, and frames that need two or more. */
    private static final double FAST = 16.7;
    private static final double SLOW = 48;

    @Test
    void anEmptyTableGetsAPageOneRowFirstThenMoreWhileFramesStayFastThenTheWholeList() {
        visible.addAll(rows(0, 100));

        assertThat(framesWanted).isEqualTo(1);
        assertThat(paced.rows()).isEqualTo(visible.subList(0, 1));
        List<Integer> sizes = new ArrayList<>();
        while (paced.revealMore(FAST)) {
            sizes.add(paced.rows().size());
        }
        assertThat(sizes).containsExactly(3, 7, 15, 23, 31, 39, 47, 55, 63);
        assertThat(paced.rows()).isEqualTo(visible);
        assertThat(paced.pacing()).isFalse();
    }

    @Test
    void slowFramesHalveTheRowsPerFrameDownToOne() {
        visible.addAll(rows(0, 100));
        paced.revealMore(FAST);
        paced.revealMore(FAST);
        paced.revealMore(FAST);
        assertThat(paced.rowsPerFrame()).isEqualTo(PacedRows.MAX_ROWS_PER_FRAME);

        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int before = paced.rows().size();
            paced.revealMore(SLOW);
            steps.add(paced.rows().size() - before);
        }
        assertThat(steps).containsExactly(4, 2, 1, 1);
        // A frame between fast and slow keeps the pace.
        paced.revealMore((PacedRows.FAST_FRAME_MS + PacedRows.SLOW_FRAME_MS) / 2);
        assertThat(paced.rowsPerFrame()).isEqualTo(1);
    }

    @Test
    void theNextPacingStartsAtThePaceTheLastOneReached() {
        visible.addAll(rows(0, 100));
        while (paced.revealMore(FAST)) {
            // fill the screen quickly
        }
        visible.clear();                                         // refresh

        visible.addAll(rows(0, 100));
        assertThat(paced.rows()).hasSize(PacedRows.MAX_ROWS_PER_FRAME);
    }

    @Test
    void eachFrameAddsRowsAfterThoseShownWhileTheyAreStillTheStartOfTheList() {
        List<String> changes = new ArrayList<>();
        paced.rows().addListener((javafx.collections.ListChangeListener<ConfigRow>) change -> {
            while (change.next()) {
                changes.add(change.wasReplaced() ? "replaced" : change.wasAdded() ? "added " + change.getAddedSize() : "other");
            }
        });
        visible.addAll(rows(0, 100));
        paced.revealMore(FAST);
        visible.addAll(rows(100, 200));                          // a page appended while pacing
        paced.revealMore(FAST);
        assertThat(changes).containsExactly("added 1", "added 2", "added 4");

        // A sorted merge puts other rows first: the table is given the new start.
        visible.setAll(rows(0, 200).stream().sorted((a, b) -> b.name().compareTo(a.name())).toList());
        paced.revealMore(FAST);
        assertThat(changes).last().isEqualTo("replaced");
        assertThat(paced.rows()).isEqualTo(visible.subList(0, 15));
    }

    @Test
    void pagesArrivingWhilePacingAreShownInTheEnd() {
        visible.addAll(rows(0, 100));
        paced.revealMore(FAST);
        visible.addAll(rows(100, 200));
        visible.addAll(rows(200, 300));

        while (paced.revealMore(FAST)) {
            assertThat(paced.rows()).isEqualTo(visible.subList(0, paced.rows().size()));
        }
        assertThat(paced.rows()).isEqualTo(visible);
    }

    @Test
    void aFilterThatLeavesFewRowsEndsPacingAtTheNextFrame() {
        visible.addAll(rows(0, 100));
        visible.setAll(rows(5, 8));

        assertThat(paced.revealMore(FAST)).isFalse();
        assertThat(paced.rows()).isEqualTo(visible);
    }

    @Test
    void aFullTableFollowsEveryChangeAtOnce() {
        visible.addAll(rows(0, 100));
        while (paced.revealMore(FAST)) {
            // fill the screen
        }
        int frames = framesWanted;

        visible.addAll(rows(100, 200));                         // unsorted page: appended
        assertThat(paced.rows()).isEqualTo(visible);
        visible.setAll(rows(0, 200).stream().sorted((a, b) -> b.name().compareTo(a.name())).toList()); // merged, sorted
        assertThat(paced.rows()).isEqualTo(visible);
        visible.remove(10, 20);
        assertThat(paced.rows()).isEqualTo(visible);
        visible.clear();                                         // refresh
        assertThat(paced.rows()).isEmpty();
        assertThat(framesWanted).isEqualTo(frames);
    }

    @Test
    void aRowThatFitsTheFirstFrameIsShownAtOnce() {
        visible.addAll(rows(0, 1));
        assertThat(paced.rows()).isEqualTo(visible);
        assertThat(framesWanted).isZero();
    }

    private static List<ConfigRow> rows(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> new ConfigRow("us-west-2", "arn:aws:ivs:us-west-2:123456789012:recording-configuration/r" + i,
                        "config-" + i, "ACTIVE", "bucket", Map.of(), "config-" + i))
                .toList();
    }
}
