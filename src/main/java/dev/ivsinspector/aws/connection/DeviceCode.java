package dev.ivsinspector.aws.connection;

import java.time.Instant;

/**
 * What the user must see during a sign-in: the page to open and the code to confirm there. Not secret on
 * its own (the user types it into a page that also demands their login).
 *
 * @param verificationUri         the page to open
 * @param verificationUriComplete the page with the code already filled in (open this one in the browser)
 * @param userCode                the code to compare with the one the page shows, e.g. "ABCD-EFGH"
 * @param expiresAt               when the code stops working
 */
public record DeviceCode(String verificationUri, String verificationUriComplete, String userCode, Instant expiresAt) {

    /** The best page to open: the complete one when the service sent it. */
    public String browserUri() {
        return verificationUriComplete != null ? verificationUriComplete : verificationUri;
    }
}
