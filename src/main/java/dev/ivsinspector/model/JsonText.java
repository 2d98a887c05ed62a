package dev.ivsinspector.model;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The app's one JSON writer, for plain JSON values (maps, lists, strings, numbers, booleans, null; see
 * {@link SdkJson}). {@link #pretty} prints the way the AWS CLI does: Python's
 * {@code json.dumps(indent=4, ensure_ascii=False)}, so "key": value with one space, four spaces per level,
 * empty containers as {} and [], and non-ASCII text as it is. {@link #compact} prints without any whitespace,
 * as services answer.
 */
public final class JsonText {

    private static final String INDENT = "    ";

    /** How one value is laid out: {@code indent} null for compact output. */
    private record Layout(String indent) {
        String open(char bracket) {
            return indent == null ? String.valueOf(bracket) : bracket + "\n";
        }

        String separator(boolean more) {
            return indent == null ? (more ? "," : "") : (more ? ",\n" : "\n");
        }

        String colon() {
            return indent == null ? ":" : ": ";
        }

        void indent(int depth, StringBuilder out) {
            if (indent != null) {
                out.append(indent.repeat(depth));
            }
        }
    }

    private static final Layout PRETTY = new Layout(INDENT);
    private static final Layout COMPACT = new Layout(null);

    private JsonText() {
    }

    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, PRETTY, out);
        return out.toString();
    }

    public static String compact(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, 0, COMPACT, out);
        return out.toString();
    }

    private static void write(Object value, int depth, Layout layout, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            writeObject(map, depth, layout, out);
        } else if (value instanceof List<?> list) {
            writeArray(list, depth, layout, out);
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value == null) {
            out.append("null");
        } else {
            out.append(value);
        }
    }

    private static void writeObject(Map<?, ?> map, int depth, Layout layout, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append(layout.open('{'));
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            layout.indent(depth + 1, out);
            quote(String.valueOf(entry.getKey()), out);
            out.append(layout.colon());
            write(entry.getValue(), depth + 1, layout, out);
            out.append(layout.separator(entries.hasNext()));
        }
        layout.indent(depth, out);
        out.append('}');
    }

    private static void writeArray(List<?> list, int depth, Layout layout, StringBuilder out) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append(layout.open('['));
        for (int i = 0; i < list.size(); i++) {
            layout.indent(depth + 1, out);
            write(list.get(i), depth + 1, layout, out);
            out.append(layout.separator(i + 1 < list.size()));
        }
        layout.indent(depth, out);
        out.append(']');
    }

    /** JSON string escaping as Python does it with ensure_ascii=False. */
    public static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
