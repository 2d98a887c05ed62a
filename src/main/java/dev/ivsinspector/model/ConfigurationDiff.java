package dev.ivsinspector.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Two configurations side by side, member by member, aligned by JSON path (see {@link JsonPaths}). Members
 * present on one side only are rows of their own. The order is the first configuration's, with members only
 * the second one has placed after their predecessor there, so related members stay together.
 */
public final class ConfigurationDiff {

    /** How the two sides of a row relate. */
    public enum Status { SAME, CHANGED, ONLY_LEFT, ONLY_RIGHT }

    /**
     * One aligned member.
     *
     * @param path  JSON path inside the configuration, e.g. thumbnailConfiguration.storage[0]
     * @param left  the value on the left, null when absent there
     * @param right the value on the right, null when absent there
     */
    public record Row(String path, String left, String right, Status status) {

        public boolean differs() {
            return status != Status.SAME;
        }
    }

    private ConfigurationDiff() {
    }

    public static List<Row> compare(SdkPojo left, SdkPojo right) {
        return compare(JsonPaths.flatten(SdkJson.of(left)), JsonPaths.flatten(SdkJson.of(right)));
    }

    static List<Row> compare(Map<String, String> left, Map<String, String> right) {
        List<String> order = new ArrayList<>(left.keySet());
        String previous = null;
        for (String path : right.keySet()) {
            if (!left.containsKey(path)) {
                order.add(previous == null ? 0 : order.indexOf(previous) + 1, path);
            }
            previous = path;
        }
        List<Row> rows = new ArrayList<>(order.size());
        for (String path : order) {
            String l = left.get(path);
            String r = right.get(path);
            Status status = l == null ? Status.ONLY_RIGHT : r == null ? Status.ONLY_LEFT
                    : Objects.equals(l, r) ? Status.SAME : Status.CHANGED;
            rows.add(new Row(path, l, r, status));
        }
        return rows;
    }

    public static long differences(List<Row> rows) {
        return rows.stream().filter(Row::differs).count();
    }
}
