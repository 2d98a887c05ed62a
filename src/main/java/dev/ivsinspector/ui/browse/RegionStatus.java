package dev.ivsinspector.ui.browse;

import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.ui.common.Messages;

/**
 * How listing one region went, shown in the status list so one failing region does not hide the others.
 *
 * @param region    the region
 * @param state     LOADING, DONE, FAILED or CANCELLED
 * @param count     configurations loaded so far
 * @param message   what went wrong, for FAILED
 * @param nextToken where to continue after a failure or cancel, or null
 */
public record RegionStatus(String region, State state, int count, String message, String nextToken) {

    public enum State { LOADING, DONE, FAILED, CANCELLED }

    public boolean canContinue() {
        return (state == State.FAILED || state == State.CANCELLED) && nextToken != null;
    }

    @Override
    public String toString() {
        return switch (state) {
            case LOADING -> Messages.format("browse.region.loading", region, count);
            case DONE -> Messages.format("browse.region.done", region, count);
            case CANCELLED -> Messages.format("browse.region.cancelled", region, count);
            case FAILED -> Messages.format("browse.region.failed", region, count, message);
        };
    }

    /** The failure of a region in a few words, for its line in the status list. */
    static String reasonOf(IvsCallException error) {
        return switch (error.kind()) {
            case ACCESS_DENIED, INVALID_CREDENTIALS, THROTTLED, UNREACHABLE, TIMED_OUT, NO_CREDENTIALS, SSO_TOKEN_EXPIRED ->
                    Messages.text("browse.region.reason." + error.kind().name());
            case PAGING_STOPPED -> error.getMessage();
            default -> error.errorCode() != null ? error.errorCode() : String.valueOf(error.kind()).toLowerCase();
        };
    }
}
