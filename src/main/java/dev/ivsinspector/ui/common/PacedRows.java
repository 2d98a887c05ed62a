package dev.ivsinspector.ui.common;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A table's copy of its rows (the browse table's visible rows, All accounts' rows), which fills a nearly empty table a few rows per frame until a
 * screenful shows, and otherwise follows the visible rows change for change.
 *
 * <p>Why: when a refresh has emptied the table and the first page arrives, the table gives every row cell on
 * screen a new item in one layout pass: item, text, pseudo-classes and CSS of some 35 rows of 5 cells. Right
 * after start-up that code is not compiled yet, and that one pass was the second load's longest FX stall
 * (figures in docs/PERFORMANCE.md). Spread over frames, once a screenful shows, pages are passed on at once.
 *
 * <p>How many rows a frame gets follows how long frames take: it starts at one, doubles after a frame that
 * fitted in one display refresh and halves after a frame that needed two, up to {@value #MAX_ROWS_PER_FRAME}.
 * The first rows a fresh table ever shows cost most (their row and cell skins are made and styled with code
 * not yet compiled, while the JIT compiler takes one of two cores), so a fixed number per frame was either
 * too many then or slow later.
 *
 * <p>The view calls {@link #revealMore(double)} once per frame (pulse) while pacing, and is told through
 * {@code framesWanted} when that starts. Only the FX thread may use it.
 */
public final class PacedRows<T> {

    /** The most rows given to the table in one frame while a screenful is filled. */
    public static final int MAX_ROWS_PER_FRAME = 8;
    /** More rows than a table shows on a tall screen: past this, the cells exist and rows are shown at once. */
    public static final int SCREENFUL = 64;
    /** A frame that took no longer than this fitted in one refresh of a 60 Hz display (16.7 ms), with slack. */
    public static final double FAST_FRAME_MS = 22;
    /** A frame that took longer than this needed at least two refreshes. */
    public static final double SLOW_FRAME_MS = 30;

    private final ObservableList<? extends T> source;
    private final BatchedList<T> shown = new BatchedList<>();
    private final Runnable framesWanted;
    private boolean pacing;
    /** Kept from one pacing to the next: a table that filled quickly before will again. */
    private int rowsPerFrame = 1;

    /** @param framesWanted called when pacing starts: from now on call {@link #revealMore(double)} once a frame */
    public PacedRows(ObservableList<? extends T> source, Runnable framesWanted) {
        this.source = source;
        this.framesWanted = framesWanted;
        shown.setAll(source);
        source.addListener(this::sourceChanged);
    }

    /** What the table shows: the visible rows, or while pacing the first of them. */
    public ObservableList<T> rows() {
        return shown;
    }

    public boolean pacing() {
        return pacing;
    }

    /** How many rows the next frame adds while pacing. */
    public int rowsPerFrame() {
        return rowsPerFrame;
    }

    /**
     * Shows the next few rows; false once the table shows all the visible rows again.
     *
     * @param lastFrameMillis how long the previous frame took (from its start to this one's), or a negative
     *                        number when unknown, as at the first frame of a pacing
     */
    public boolean revealMore(double lastFrameMillis) {
        if (!pacing) {
            return false;
        }
        adaptTo(lastFrameMillis);
        int next = shown.size() + rowsPerFrame;
        if (next >= SCREENFUL || next >= source.size()) {
            pacing = false;
            // Replaced once: adding the rest here instead made the second load's longest stall worse.
            shown.setAll(source);
            return false;
        }
        showStartOfSource(next);
        return true;
    }

    /**
     * Shows the first {@code count} rows of the source. The source may have changed since the last frame (pages
     * merged in, the filter). When the rows shown are still its start, the rest is added after them: the table
     * then only makes cells for the new rows. Replacing the list makes it rebuild every row cell on screen, which
     * in a fresh JVM cost each frame a frame's time or more, however few rows it added.
     */
    private void showStartOfSource(int count) {
        if (shown.size() <= count && sourceStartsWithShown()) {
            shown.addAll(source.subList(shown.size(), count));
        } else {
            shown.setAll(source.subList(0, count));
        }
    }

    private boolean sourceStartsWithShown() {
        if (shown.size() > source.size()) {
            return false;
        }
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i) != source.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void adaptTo(double lastFrameMillis) {
        if (lastFrameMillis < 0) {
            return;
        }
        if (lastFrameMillis > SLOW_FRAME_MS) {
            rowsPerFrame = Math.max(1, rowsPerFrame / 2);
        } else if (lastFrameMillis <= FAST_FRAME_MS) {
            rowsPerFrame = Math.min(MAX_ROWS_PER_FRAME, rowsPerFrame * 2);
        }
    }

    private void sourceChanged(ListChangeListener.Change<? extends T> change) {
        if (pacing) {
            return; // the next frame shows the start of the source as it is then
        }
        if (shown.size() < SCREENFUL && source.size() > shown.size() + rowsPerFrame) {
            pacing = true;
            showStartOfSource(shown.size() + rowsPerFrame);
            framesWanted.run();
            return;
        }
        // One change for the table for all the source's sub-changes (a filter keystroke drops rows here and there).
        shown.inOneChange(() -> follow(change));
    }

    private void follow(ListChangeListener.Change<? extends T> change) {
        while (change.next()) {
            if (change.wasPermutated()) {
                shown.setAll(source);
                return;
            }
            // A replacement (a merged page, a row listed again) is a removal and an addition in the same change.
            int from = change.getFrom();
            if (change.wasRemoved()) {
                shown.remove(from, from + change.getRemovedSize());
            }
            if (change.wasAdded()) {
                List<? extends T> added = change.getAddedSubList();
                shown.addAll(from, added);
            }
        }
    }
}
