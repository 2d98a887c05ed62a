package dev.ivsinspector.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JSON paths over the plain values of {@link SdkJson}, spelled as the tree spells them
 * ({@code a.b}, {@code list[0]}, {@code tags.env} or {@code tags["key with space"]}), so a row of the tree,
 * a line of a comparison and a value on the clipboard all name a member the same way.
 */
public final class JsonPaths {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    /** The path of member {@code key} under {@code parent} (empty parent: the root). */
    public static String member(String parent, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /** Every leaf (and every empty container, as {} or []) by path, in document order. */
    public static Map<String, String> flatten(Object json) {
        Map<String, String> leaves = new LinkedHashMap<>();
        flatten(json, "", leaves);
        return leaves;
    }

    private static void flatten(Object value, String path, Map<String, String> out) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, child) -> flatten(child, member(path, String.valueOf(key)), out));
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                flatten(list.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, leafText(value));
        }
    }

    /** A leaf as it reads in JSON: strings without quotes, {} and [] for empty containers. */
    static String leafText(Object value) {
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?>) {
            return "[]";
        }
        return String.valueOf(value);
    }

    /** The value at a path, or null when absent. */
    public static Object find(Object json, String path) {
        return find(json, "", path);
    }

    private static Object find(Object value, String here, String path) {
        if (here.equals(path)) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String childPath = member(here, String.valueOf(entry.getKey()));
                if (path.startsWith(childPath)) {
                    Object hit = find(entry.getValue(), childPath, path);
                    if (hit != null) {
                        return hit;
                    }
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String childPath = here + "[" + i + "]";
                if (path.startsWith(childPath)) {
                    Object hit = find(list.get(i), childPath, path);
                    if (hit != null) {
                        return hit;
                    }
                }
            }
        }
        return null;
    }
}
