package dev.ivsinspector.ui.common;

/** A way out offered in an error dialog, e.g. "Sign in" or "Use the demo account". */
public record ErrorAction(String label, Runnable action) {
}
