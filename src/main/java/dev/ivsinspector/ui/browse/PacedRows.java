package dev.ivsinspector.ui.browse;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The browse table's copy of the visible rows, which fills a nearly empty table a few rows per frame until a
 * screenful shows, and otherwise follows the visible rows change for change.
 *
 * <p>Why: when a refresh has emptied the table and the first page arrives, the table gives every row cell on
 * screen a new item in one layout pass: item, text, pseudo-classes and CSS of some 35 rows of 5 cells. Right
 * after start-up that code is not compiled yet and the pass took 45 to 65 ms, the second load's longest FX
 * stall (bench/browse.sh, Monocle: 56.7 ms without this class, 23.7 ms with it; 43-64 ms against 16-27 ms in
 * three more pairs). {@value #ROWS_PER_FRAME} rows per frame spread it over a few frames; once a screenful
 * shows, pages are passed on at once.
 *
 * <p>It does not help the very first rows a table shows: then the table creates its row cells, and makes
 * the empty rows that fill the rest of the screen at the same time, however few rows there are.
 *
 * <p>The view calls {@link #revealMore()} once per frame (pulse) while pacing, and is told through
 * {@code framesWanted} when that starts. Only the FX thread may use it.
 */
final class PacedRows {

    /** Rows given to the table per frame while a screenful is filled. */
    static final int ROWS_PER_FRAME = 8;
    /** More rows than a table shows on a tall screen: past this, the cells exist and rows are shown at once. */
    static final int SCREENFUL = 64;

    private final ObservableList<? extends ConfigRow> source;
    private final ObservableList<ConfigRow> shown = FXCollections.observableArrayList();
    private final Runnable framesWanted;
    private boolean pacing;

    /** @param framesWanted called when pacing starts: from now on call {@link #revealMore()} once a frame */
    PacedRows(ObservableList<? extends ConfigRow> source, Runnable framesWanted) {
        this.source = source;
        this.framesWanted = framesWanted;
        shown.setAll(source);
        source.addListener(this::sourceChanged);
    }

    /** What the table shows: the visible rows, or while pacing the first of them. */
    ObservableList<ConfigRow> rows() {
        return shown;
    }

    boolean pacing() {
        return pacing;
    }

    /** Shows the next few rows; false once the table shows all the visible rows again. */
    boolean revealMore() {
        if (!pacing) {
            return false;
        }
        int next = shown.size() + ROWS_PER_FRAME;
        if (next >= SCREENFUL || next >= source.size()) {
            pacing = false;
            shown.setAll(source);
            return false;
        }
        // The source may have changed since the last frame (pages merged in, the filter): show its start.
        shown.setAll(source.subList(0, next));
        return true;
    }

    private void sourceChanged(ListChangeListener.Change<? extends ConfigRow> change) {
        if (pacing) {
            return; // the next frame shows the start of the source as it is then
        }
        if (shown.size() < SCREENFUL && source.size() > shown.size() + ROWS_PER_FRAME) {
            pacing = true;
            shown.setAll(source.subList(0, Math.min(source.size(), shown.size() + ROWS_PER_FRAME)));
            framesWanted.run();
            return;
        }
        while (change.next()) {
            if (change.wasPermutated() || change.wasReplaced()) {
                // One change for the table, as the source made it (a new sort order, a merged page).
                shown.setAll(source);
                return;
            }
            int from = change.getFrom();
            if (change.wasRemoved()) {
                shown.remove(from, from + change.getRemovedSize());
            }
            if (change.wasAdded()) {
                List<? extends ConfigRow> added = change.getAddedSubList();
                shown.addAll(from, added);
            }
        }
    }
}
