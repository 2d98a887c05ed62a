package dev.ivsinspector.ui.common;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.collections.ObservableList;

/**
 * Drives a {@link PacedRows} while it fills a table: one step per pulse, before that pulse's CSS and layout, with
 * the time the frame before took. Only the FX thread may use it.
 */
public final class RevealEveryPulse extends AnimationTimer {

    private final Consumer<Boolean> holding;
    private PacedRows<?> paced;
    private long lastPulse;

    private RevealEveryPulse(Consumer<Boolean> holding) {
        this.holding = holding;
    }

    /**
     * The rows a table should show for {@code source}, paced into it while it is nearly empty.
     *
     * @param holding told true when pacing starts and false when it ends: a listing may hold its next pages meanwhile,
     *                so that they are read after the first screenful, not beside it
     */
    public static <T> ObservableList<T> pacedRows(ObservableList<? extends T> source, Consumer<Boolean> holding) {
        RevealEveryPulse timer = new RevealEveryPulse(holding);
        PacedRows<T> rows = new PacedRows<>(source, timer::start);
        timer.paced = rows;
        return rows.rows();
    }

    @Override
    public void start() {
        lastPulse = 0;
        holding.accept(true);
        super.start();
    }

    @Override
    public void stop() {
        super.stop();
        holding.accept(false);
    }

    @Override
    public void handle(long now) {
        if (lastPulse == 0) {
            // This pulse lays out the rows pacing began with: the next one learns how long that took.
            lastPulse = now;
            return;
        }
        double lastFrameMillis = (now - lastPulse) / 1e6;
        lastPulse = now;
        if (!paced.revealMore(lastFrameMillis)) {
            stop();
        }
    }
}
