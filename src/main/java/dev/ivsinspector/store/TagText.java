package dev.ivsinspector.store;

import java.util.Map;
import java.util.TreeMap;

/** Tags as one line of text, "key=value" pairs separated by newlines, for the database and its full-text index. */
final class TagText {

    private TagText() {
    }

    static String write(Map<String, String> tags) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(tags).forEach((k, v) -> text.append(text.length() == 0 ? "" : "\n").append(clean(k))
                .append('=').append(clean(v)));
        return text.toString();
    }

    static Map<String, String> read(String text) {
        Map<String, String> tags = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return tags;
        }
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                tags.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return tags;
    }

    private static String clean(String s) {
        return s.replace('\n', ' ');
    }
}
