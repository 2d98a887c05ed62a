package dev.ivsinspector.demo;

import java.util.List;

/** Cuts a list into pages the way the list operations do: maxResults 1..100 and an opaque nextToken. */
final class Pages {
    static final int MAX_RESULTS_LIMIT = 100;

    /** One page: its items, its index (0 = first) and the token of the next page (null on the last). */
    record Page<T>(List<T> items, int pageIndex, String nextToken) {
    }

    private Pages() {
    }

    static <T> Page<T> page(List<T> all, RequestBody request, int defaultMaxResults, String operation,
            String region) {
        return page(all, maxResults(request, defaultMaxResults), request.string("nextToken").orElse(null),
                operation, region);
    }

    /** The same from already checked values (the SSO portal's query parameters). */
    static <T> Page<T> page(List<T> all, int maxResults, String nextToken, String operation, String region) {
        PageToken start = java.util.Optional.ofNullable(nextToken)
                .filter(token -> !token.isEmpty()) // the service treats "" as "from the start"
                .map(token -> PageToken.decode(token, operation, region))
                .orElse(new PageToken(operation, region, 0, 0));
        if (start.offset() > all.size()) {
            throw DemoError.VALIDATION.exception("The nextToken is not valid: it points past the end of the list");
        }
        int end = Math.min(all.size(), start.offset() + maxResults);
        String next = end < all.size() ? new PageToken(operation, region, end, start.pageIndex() + 1).encode() : null;
        return new Page<>(all.subList(start.offset(), end), start.pageIndex(), next);
    }

    private static int maxResults(RequestBody request, int defaultMaxResults) {
        long value = request.integer("maxResults").orElse((long) defaultMaxResults);
        if (value < 1) {
            throw DemoError.VALIDATION.exception("1 validation error detected: Value '" + value
                    + "' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
        if (value > MAX_RESULTS_LIMIT) {
            throw DemoError.VALIDATION.exception("1 validation error detected: Value '" + value
                    + "' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to "
                    + MAX_RESULTS_LIMIT);
        }
        return (int) value;
    }
}
