/**
 * The inspector: the ARN field, the configuration tree and its filter, the details pane, the JSON and
 * "Used by channels" tabs (each an included view with its own controller), insights, history, polling while
 * a configuration is CREATING, and the row actions (copy, open in the console).
 */
package dev.ivsinspector.ui.inspector;
