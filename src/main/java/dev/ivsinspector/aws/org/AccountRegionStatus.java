package dev.ivsinspector.aws.org;

/**
 * Where listing one account in one region stands: a status row of "All accounts".
 *
 * @param listed    configurations listed so far
 * @param throttled answers that were throttled and tried again
 * @param reason    what went wrong (with the request id when there is one), or empty
 */
public record AccountRegionStatus(String accountId, String accountName, String role, String region, State state,
                                  int listed, int throttled, String reason) {

    public enum State { WAITING, LISTING, LISTED, DENIED, NO_ROLE, FAILED, CANCELLED }

    public static AccountRegionStatus waiting(String accountId, String accountName, String region) {
        return new AccountRegionStatus(accountId, accountName, "", region, State.WAITING, 0, 0, "");
    }

    public String key() {
        return accountId + "/" + region;
    }

    public boolean finished() {
        return state != State.WAITING && state != State.LISTING;
    }

    AccountRegionStatus with(State newState, int newListed, int newThrottled, String newReason) {
        return new AccountRegionStatus(accountId, accountName, role, region, newState, newListed, newThrottled, newReason);
    }

    AccountRegionStatus withRole(String newRole) {
        return new AccountRegionStatus(accountId, accountName, newRole, region, state, listed, throttled, reason);
    }
}
