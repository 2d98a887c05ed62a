package dev.ivsinspector.aws;

import java.util.List;

/**
 * One page of a list operation.
 *
 * @param items     what the page holds
 * @param nextToken where the next page starts, or null after the last page
 */
public record Page<T>(List<T> items, String nextToken) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean isLast() {
        return nextToken == null;
    }
}
