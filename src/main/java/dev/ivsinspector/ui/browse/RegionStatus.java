package dev.ivsinspector.ui.browse;

import dev.ivsinspector.aws.IvsCallException;

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
            case LOADING -> region + ": loading… " + count;
            case DONE -> region + ": " + count + (count == 1 ? " configuration" : " configurations");
            case CANCELLED -> region + ": cancelled after " + count;
            case FAILED -> region + ": failed after " + count + " — " + message;
        };
    }

    /** The failure of a region in a few words, for its line in the status list. */
    static String reasonOf(IvsCallException error) {
        return switch (error.kind()) {
            case ACCESS_DENIED -> "access denied (ivs:ListRecordingConfigurations)";
            case INVALID_CREDENTIALS -> "credentials not accepted";
            case THROTTLED -> "throttled";
            case UNREACHABLE -> "unreachable";
            case TIMED_OUT -> "timed out";
            case NO_CREDENTIALS -> "no credentials";
            case SSO_TOKEN_EXPIRED -> "SSO sign-in needed";
            case PAGING_STOPPED -> error.getMessage();
            default -> error.errorCode() != null ? error.errorCode() : String.valueOf(error.kind()).toLowerCase();
        };
    }
}
