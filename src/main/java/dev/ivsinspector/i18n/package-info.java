/**
 * The user-visible texts: {@link dev.ivsinspector.i18n.Texts} reads {@code i18n/messages.properties} (and its
 * translations) for every layer, with no JavaFX, so model, store and AWS code word their messages there too.
 */
package dev.ivsinspector.i18n;
