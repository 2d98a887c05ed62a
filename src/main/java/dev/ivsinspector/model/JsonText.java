package dev.ivsinspector.model;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Prints plain JSON values (see {@link SdkJson}) the way the AWS CLI does: Python's
 * {@code json.dumps(indent=4, ensure_ascii=False)}, so "key": value with one space, four spaces per level,
 * empty containers as {} and [], and non-ASCII text as it is.
 */
public final class JsonText {

    private static final String INDENT = "    ";

    private JsonText() {
    }

    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.toString();
    }

    private static void write(Object value, int depth, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            writeObject(map, depth, out);
        } else if (value instanceof List<?> list) {
            writeArray(list, depth, out);
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value == null) {
            out.append("null");
        } else {
            out.append(value);
        }
    }

    private static void writeObject(Map<?, ?> map, int depth, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            indent(depth + 1, out);
            quote(String.valueOf(entry.getKey()), out);
            out.append(": ");
            write(entry.getValue(), depth + 1, out);
            out.append(entries.hasNext() ? ",\n" : "\n");
        }
        indent(depth, out);
        out.append('}');
    }

    private static void writeArray(List<?> list, int depth, StringBuilder out) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            indent(depth + 1, out);
            write(list.get(i), depth + 1, out);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        indent(depth, out);
        out.append(']');
    }

    private static void indent(int depth, StringBuilder out) {
        out.append(INDENT.repeat(depth));
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
