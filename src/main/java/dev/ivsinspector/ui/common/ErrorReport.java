package dev.ivsinspector.ui.common;

import java.util.List;

/**
 * What an error dialog says, already in the user's words.
 *
 * @param title   the window title, short and plain
 * @param header  what happened, one sentence
 * @param meaning what it means
 * @param action  what to do about it
 * @param details error code, HTTP status, request id and the raw message, for support (shown expandable)
 * @param actions buttons that may fix the problem, besides OK
 */
public record ErrorReport(String title, String header, String meaning, String action, String details,
                          List<ErrorAction> actions) {

    public ErrorReport {
        actions = List.copyOf(actions);
    }

    public ErrorReport(String title, String header, String meaning, String action, String details) {
        this(title, header, meaning, action, details, List.of());
    }

    public ErrorReport withActions(List<ErrorAction> offered) {
        return new ErrorReport(title, header, meaning, action, details, offered);
    }
}
