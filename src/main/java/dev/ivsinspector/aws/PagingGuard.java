package dev.ivsinspector.aws;

import dev.ivsinspector.i18n.Texts;
import dev.ivsinspector.model.Bounds;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Stops a listing whose nextToken never ends: one that repeats any token seen before in this listing (the
 * same token again, or a cycle of several), or that reaches {@link Bounds#PAGES_PER_LISTING}. One guard per
 * listing; the loop keeps what it listed and shows {@link #stopReason()}.
 */
public final class PagingGuard {

    private final String operation;
    private final int pageLimit;
    private final Set<String> seen = new HashSet<>();
    private int pages;
    private IvsCallException stopReason;

    public PagingGuard(String operation) {
        this(operation, Bounds.PAGES_PER_LISTING);
    }

    PagingGuard(String operation, int pageLimit) {
        this.operation = operation;
        this.pageLimit = pageLimit;
    }

    /** Notes the start token of a listing that goes on from an earlier one (Continue), so it counts as seen. */
    public PagingGuard from(String startToken) {
        if (startToken != null && !startToken.isEmpty()) {
            seen.add(startToken);
        }
        return this;
    }

    /**
     * @param nextToken the token a page just received names for the page after it (null on the last page)
     * @return the token to ask for next, or null when the listing ends: at its last page or because it must stop
     */
    public String next(String nextToken) {
        pages++;
        if (nextToken == null || nextToken.isEmpty() || stopReason != null) {
            return null;
        }
        if (!seen.add(nextToken)) {
            stopReason = IvsCallException.of(ErrorKind.PAGING_STOPPED, operation, Texts.format("paging.repeatedToken", pages));
            return null;
        }
        if (pages >= pageLimit) {
            stopReason = IvsCallException.of(ErrorKind.PAGING_STOPPED, operation, Texts.format("paging.limit", pages));
            return null;
        }
        return nextToken;
    }

    /** Why the listing stopped before its last page, or empty when it ended normally (or has not ended). */
    public Optional<IvsCallException> stopReason() {
        return Optional.ofNullable(stopReason);
    }
}
