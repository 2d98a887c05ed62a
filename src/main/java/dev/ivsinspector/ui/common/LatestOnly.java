package dev.ivsinspector.ui.common;

/**
 * "The newest request wins": a slot that holds at most one running task. A task started
 * {@linkplain BackgroundTask#replacing(LatestOnly) in the slot} cancels the one before it, so an older
 * answer that arrives late is never shown. Used on the UI thread only.
 */
public final class LatestOnly {

    private TaskHandle current = TaskHandle.NONE;
    private Object owner;

    /** Cancels what runs in the slot, if anything. */
    public void cancel() {
        TaskHandle running = current;
        current = TaskHandle.NONE;
        owner = null;
        running.cancel();
    }

    /** True while a task of this slot has not finished. */
    public boolean isRunning() {
        // Between start and hand-over of its handle (all of a run on a synchronous executor) there is no handle yet.
        return owner != null && (current == TaskHandle.NONE || !current.isDone());
    }

    void claim(Object task, TaskHandle handle) {
        owner = task;
        current = handle;
    }

    void prepare(BackgroundTask<?> task) {
        if (owner instanceof BackgroundTask<?> previous) {
            previous.supersede();
        }
        cancel();
        owner = task;
    }

    boolean isCurrent(Object task) {
        return owner == task;
    }

    void release(Object task) {
        if (owner == task) {
            owner = null;
            current = TaskHandle.NONE;
        }
    }
}
