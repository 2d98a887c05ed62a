/**
 * The Recordings tab: what the configuration's channels recorded, read from its bucket newest first, with
 * thumbnails, details and actions (copy links, presign, open in a player).
 */
package dev.ivsinspector.ui.recordings;
