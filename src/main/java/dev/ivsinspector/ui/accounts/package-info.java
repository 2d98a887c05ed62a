/**
 * The account picker: after an SSO sign-in, every account and role the portal offers, searchable; the chosen
 * one becomes the connection, and is remembered for the next sign-in.
 */
package dev.ivsinspector.ui.accounts;
