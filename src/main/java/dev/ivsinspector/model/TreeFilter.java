package dev.ivsinspector.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Narrows the tree to the rows that match a text (in the member name, value or JSON path, ignoring case)
 * and their ancestors, so a match is always seen in its place. Everything under a matching container stays:
 * filtering for "thumbnail" should show the thumbnail settings, not only the heading.
 */
public final class TreeFilter {

    private TreeFilter() {
    }

    public static List<PropertyNode> apply(List<PropertyNode> nodes, String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return nodes;
        }
        List<PropertyNode> kept = new ArrayList<>();
        for (PropertyNode node : nodes) {
            PropertyNode match = filter(node, needle);
            if (match != null) {
                kept.add(match);
            }
        }
        return kept;
    }

    private static PropertyNode filter(PropertyNode node, String needle) {
        if (matches(node, needle)) {
            return node;
        }
        List<PropertyNode> children = new ArrayList<>();
        for (PropertyNode child : node.children()) {
            PropertyNode match = filter(child, needle);
            if (match != null) {
                children.add(match);
            }
        }
        if (children.isEmpty()) {
            return null;
        }
        return new PropertyNode(node.name(), node.path(), node.kind(), node.typeName(), node.value(), node.set(),
                node.allowedValues(), node.range(), node.defaultValue(), node.description(), children);
    }

    private static boolean matches(PropertyNode node, String needle) {
        return contains(node.name(), needle) || contains(node.path(), needle)
                || node.children().isEmpty() && contains(node.displayValue(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
