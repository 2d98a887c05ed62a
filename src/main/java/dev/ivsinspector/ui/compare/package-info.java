/**
 * Compare: two configurations side by side in a window of their own, aligned member by member.
 */
package dev.ivsinspector.ui.compare;
