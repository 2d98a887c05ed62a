package dev.ivsinspector.ui.common;

/** What a background task tells the user while it works; each message reaches the UI thread. */
@FunctionalInterface
public interface ProgressSink {

    void message(String text);
}
