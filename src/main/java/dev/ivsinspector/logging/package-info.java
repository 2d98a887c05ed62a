/**
 * Logging configured in code: the console only, no request logging, no secrets.
 */
package dev.ivsinspector.logging;
