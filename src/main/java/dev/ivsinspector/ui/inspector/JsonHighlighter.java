package dev.ivsinspector.ui.inspector;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits pretty-printed JSON into coloured spans (keys, strings, numbers, literals, punctuation). Pure text
 * work, no nodes: the view turns each span into one styled Text, which keeps even large documents quick.
 */
public final class JsonHighlighter {

    public enum Kind { KEY, STRING, NUMBER, LITERAL, PUNCTUATION, PLAIN }

    public record Span(String text, Kind kind) {
    }

    private JsonHighlighter() {
    }

    public static List<Span> spans(String json) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            int end;
            Kind kind;
            if (c == '"') {
                end = stringEnd(json, i);
                kind = nextNonSpace(json, end) == ':' ? Kind.KEY : Kind.STRING;
            } else if (c == '-' || Character.isDigit(c)) {
                end = i + 1;
                while (end < json.length() && "0123456789.eE+-".indexOf(json.charAt(end)) >= 0) {
                    end++;
                }
                kind = Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                end = i + 1;
                while (end < json.length() && Character.isLetter(json.charAt(end))) {
                    end++;
                }
                kind = Kind.LITERAL;
            } else if ("{}[]:,".indexOf(c) >= 0) {
                end = i + 1;
                kind = Kind.PUNCTUATION;
            } else {
                end = i + 1;
                while (end < json.length() && Character.isWhitespace(json.charAt(end))) {
                    end++;
                }
                kind = Kind.PLAIN;
            }
            spans.add(new Span(json.substring(i, end), kind));
            i = end;
        }
        return spans;
    }

    private static int stringEnd(String json, int start) {
        int i = start + 1;
        while (i < json.length() && json.charAt(i) != '"') {
            i += json.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, json.length());
    }

    private static char nextNonSpace(String json, int from) {
        for (int i = from; i < json.length(); i++) {
            if (!Character.isWhitespace(json.charAt(i))) {
                return json.charAt(i);
            }
        }
        return 0;
    }
}
