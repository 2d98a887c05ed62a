/**
 * The connection bar: which profile or the demo account the app uses, its region, who the credentials
 * belong to, the endpoint override, and SSO sign-in.
 */
package dev.ivsinspector.ui.connection;
