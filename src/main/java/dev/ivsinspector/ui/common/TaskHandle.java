package dev.ivsinspector.ui.common;

/** A started background task or scheduled action, which can be cancelled. */
public interface TaskHandle {

    /** A handle for nothing: cancelling it does nothing. */
    TaskHandle NONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };

    /**
     * Cancels: a running call is interrupted (the SDK turns that into an aborted call), and no success or
     * failure callback runs afterwards; the cancel callback runs instead.
     */
    void cancel();

    /** True once the task succeeded, failed or was cancelled. */
    boolean isDone();
}
