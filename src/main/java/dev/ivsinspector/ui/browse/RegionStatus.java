package dev.ivsinspector.ui.browse;

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
}
