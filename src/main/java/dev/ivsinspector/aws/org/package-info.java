/**
 * An organization through SSO: the accounts and roles a sign-in reaches in the access portal, listed page by
 * page within the portal's rate limit, and role credentials for the one chosen, kept in memory only. No JavaFX.
 */
package dev.ivsinspector.aws.org;
