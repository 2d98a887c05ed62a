package dev.ivsinspector.ui.common;

import java.time.Duration;

/**
 * Where background work runs and where its results are delivered. The application uses
 * {@link FxTaskExecutor} (daemon threads, results on the FX thread); view-model tests use a synchronous
 * executor that runs everything on the calling thread, so they never start the JavaFX toolkit.
 */
public interface TaskExecutor {

    /** Starts {@code task}: its work off the UI thread, its callbacks on it. */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Runs {@code action} on the UI thread (at once when already on it and the executor allows). */
    void runOnUiThread(Runnable action);

    /**
     * Runs {@code action} on the UI thread after {@code delay}; polling uses it instead of an animation, so
     * it needs no toolkit in tests. Cancel the returned handle to drop it.
     */
    TaskHandle schedule(Duration delay, Runnable action);
}
