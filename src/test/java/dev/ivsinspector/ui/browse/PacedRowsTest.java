package dev.ivsinspector.ui.browse;

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
    private final PacedRows paced = new PacedRows(visible, () -> framesWanted++);

    @Test
    void anEmptyTableGetsAPageAFewRowsPerFrameThenTheWholeList() {
        visible.addAll(rows(0, 100));

        assertThat(framesWanted).isEqualTo(1);
        assertThat(paced.rows()).isEqualTo(visible.subList(0, PacedRows.ROWS_PER_FRAME));
        List<Integer> sizes = new ArrayList<>();
        while (paced.revealMore()) {
            sizes.add(paced.rows().size());
        }
        assertThat(sizes).isSorted().allMatch(size -> size < PacedRows.SCREENFUL);
        assertThat(paced.rows()).isEqualTo(visible);
        assertThat(paced.pacing()).isFalse();
    }

    @Test
    void pagesArrivingWhilePacingAreShownInTheEnd() {
        visible.addAll(rows(0, 100));
        paced.revealMore();
        visible.addAll(rows(100, 200));
        visible.addAll(rows(200, 300));

        while (paced.revealMore()) {
            assertThat(paced.rows()).isEqualTo(visible.subList(0, paced.rows().size()));
        }
        assertThat(paced.rows()).isEqualTo(visible);
    }

    @Test
    void aFilterThatLeavesFewRowsEndsPacingAtTheNextFrame() {
        visible.addAll(rows(0, 100));
        visible.setAll(rows(5, 8));

        assertThat(paced.revealMore()).isFalse();
        assertThat(paced.rows()).isEqualTo(visible);
    }

    @Test
    void aFullTableFollowsEveryChangeAtOnce() {
        visible.addAll(rows(0, 100));
        while (paced.revealMore()) {
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
    void aFewRowsAreShownAtOnce() {
        visible.addAll(rows(0, PacedRows.ROWS_PER_FRAME));
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
