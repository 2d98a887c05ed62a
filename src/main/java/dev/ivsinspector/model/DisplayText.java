package dev.ivsinspector.model;

import dev.ivsinspector.i18n.Texts;
/**
 * Makes a value that came from outside safe to show: bidirectional controls (which can make
 * "…\u202Egpj.exe" read as "…exe.jpg") are written out visibly as ⟨U+202E⟩, and long values are cut with
 * their length. Every place that displays an AWS value (tree cells, JSON view, drop-down, dialogs) goes
 * through here; Copy keeps the value whole and untouched.
 */
public final class DisplayText {

    private DisplayText() {
    }

    /** {@link #visible} cut to {@link Bounds#SHOWN_VALUE_CHARS}. */
    public static String shown(String value) {
        return cut(visible(value), Bounds.SHOWN_VALUE_CHARS);
    }

    /** The value with every bidirectional control character written as ⟨U+XXXX⟩; null stays null. */
    public static String visible(String value) {
        if (value == null || !hasBidiControl(value)) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isBidiControl(c)) {
                sb.append('⟨').append(String.format("U+%04X", (int) c)).append('⟩');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The first {@code max} characters and a note of the full length, e.g. "abc… (1,048,576 characters)";
     * the value itself when it is not longer. Never cuts a surrogate pair in two.
     */
    public static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end) + Texts.format("value.cut", value.length());
    }

    public static boolean hasBidiControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isBidiControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The explicit bidi formatting characters of Unicode (UAX #9): embeddings and overrides U+202A..U+202E,
     * isolates U+2066..U+2069, and the marks U+200E, U+200F, U+061C.
     */
    static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
