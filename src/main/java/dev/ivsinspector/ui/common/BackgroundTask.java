package dev.ivsinspector.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One piece of background work, described fluently and started with {@link #executeWith(TaskExecutor)}:
 *
 * <pre>{@code
 * BackgroundTask.wrap(() -> gateway.getRecordingConfiguration(arn))
 *         .replacing(fetches)                    // newest answer wins
 *         .onRunning(() -> busy.set(true))
 *         .onSuccess(this::show)
 *         .onFailure(this::explain)
 *         .onFinished(() -> busy.set(false))
 *         .executeWith(executor);
 * }</pre>
 *
 * Every callback runs on the UI thread. After a cancel, neither success nor failure runs; onCancelled and
 * onFinished do. A task replaced by a newer one in its {@link LatestOnly} slot runs no callback at all:
 * the newer task owns the state from then on.
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {

    /** The work, given a sink for progress messages. */
    @FunctionalInterface
    public interface Work<T> {
        T call(ProgressSink progress) throws Exception;
    }

    private static final Runnable NOTHING = () -> {
    };

    private final Work<T> work;
    private Runnable onRunning = NOTHING;
    private Consumer<? super T> onSuccess = value -> {
    };
    private Consumer<Throwable> onFailure = error -> {
    };
    private Runnable onCancelled = NOTHING;
    private Runnable onFinished = NOTHING;
    private Consumer<String> onProgress = text -> {
    };
    private LatestOnly slot;
    private boolean superseded;
    private boolean atOnce;

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Callable<T> callable) {
        Objects.requireNonNull(callable);
        return new BackgroundTask<>(progress -> callable.call());
    }

    public static BackgroundTask<Void> wrap(ThrowingRunnable runnable) {
        Objects.requireNonNull(runnable);
        return new BackgroundTask<>(progress -> {
            runnable.run();
            return null;
        });
    }

    /** Work that reports progress; messages reach {@link #onProgress(Consumer)} on the UI thread. */
    public static <T> BackgroundTask<T> withProgress(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** A {@link Runnable} that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    public BackgroundTask<T> onRunning(Runnable action) {
        this.onRunning = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Runs last, after success, failure or cancel: the place to clear a busy flag. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onProgress(Consumer<String> action) {
        this.onProgress = Objects.requireNonNull(action);
        return this;
    }

    /** Starting this task cancels the slot's previous one; only the newest delivers its answer. */
    public BackgroundTask<T> replacing(LatestOnly slot) {
        this.slot = Objects.requireNonNull(slot);
        return this;
    }

    /**
     * Starts even while the executor {@linkplain FxTaskExecutor#hold() holds} background work during
     * start-up: for work the user asked for explicitly, such as an ARN given on the command line.
     */
    public BackgroundTask<T> atOnce() {
        this.atOnce = true;
        return this;
    }

    public boolean isAtOnce() {
        return atOnce;
    }

    /** Starts the task; call on the UI thread. */
    public TaskHandle executeWith(TaskExecutor executor) {
        if (slot != null) {
            slot.prepare(this);
        }
        onRunning.run();
        TaskHandle handle = executor.execute(this);
        if (slot != null && slot.isCurrent(this)) {
            slot.claim(this, handle);
        }
        return handle;
    }

    // What executors call. Kept package-private plus public accessors for executors in tests.

    /** Runs the work on the calling (background) thread. */
    public T call(ProgressSink progress) throws Exception {
        return work.call(progress);
    }

    /** True when this task's answer should still be delivered: not replaced in its slot. */
    public boolean isWanted() {
        return slot == null || slot.isCurrent(this);
    }

    public void progress(String text) {
        if (isWanted()) {
            onProgress.accept(text);
        }
    }

    public void succeeded(T value) {
        if (!isWanted()) {
            finishCancelled();
            return;
        }
        release();
        onSuccess.accept(value);
        onFinished.run();
    }

    public void failed(Throwable error) {
        if (!isWanted()) {
            finishCancelled();
            return;
        }
        release();
        onFailure.accept(error);
        onFinished.run();
    }

    public void cancelled() {
        finishCancelled();
    }

    /** A newer task took the slot: this one's callbacks must not touch the state the newer one owns. */
    void supersede() {
        superseded = true;
    }

    private void finishCancelled() {
        if (superseded) {
            return;
        }
        release();
        onCancelled.run();
        onFinished.run();
    }

    private void release() {
        if (slot != null) {
            slot.release(this);
        }
    }
}
