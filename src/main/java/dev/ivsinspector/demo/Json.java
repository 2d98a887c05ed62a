package dev.ivsinspector.demo;

import dev.ivsinspector.model.JsonText;
import java.util.List;
import java.util.Map;

/**
 * A tiny JSON writer for response bodies built as Map / List / String / Number / Boolean trees.
 * Only the demo endpoint writes JSON, and its shapes are small, so a tree plus one recursive writer is
 * simpler than a streaming API. Maps should be LinkedHashMaps so members keep the API's order.
 */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
        }
    }

    private static void string(String s, StringBuilder out) {
        JsonText.quote(s, out);
    }
}
