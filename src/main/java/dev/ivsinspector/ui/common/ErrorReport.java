package dev.ivsinspector.ui.common;

/**
 * What an error dialog says, already in the user's words.
 *
 * @param title   the window title, short and plain
 * @param header  what happened, one sentence
 * @param meaning what it means
 * @param action  what to do about it
 * @param details error code, HTTP status, request id and the raw message, for support (shown expandable)
 */
public record ErrorReport(String title, String header, String meaning, String action, String details) {
}
