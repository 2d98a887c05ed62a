package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.ConnectionSettings;
import java.util.function.Supplier;

/**
 * How to reach the access portal of one sign-in.
 *
 * @param ssoRegion  the IAM Identity Center region, where the portal lives
 * @param connection endpoint override and call timeout (an override also serves the portal: the demo organization
 *                   and test endpoints speak every service on one port); otherwise the SDK resolves the endpoint,
 *                   AWS_ENDPOINT_URL_SSO included
 * @param token      the sign-in's bearer token, read when a call needs it (a new sign-in replaces it)
 */
public record PortalSettings(String ssoRegion, ConnectionSettings connection, Supplier<String> token) {
}
