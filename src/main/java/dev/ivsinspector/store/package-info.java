/**
 * What the app keeps on disk: fetch history and favourites, the window layout, the per-OS config
 * directory, and {@code AtomicFiles}, through which every file is written (a temporary file renamed into
 * place). No JavaFX.
 */
package dev.ivsinspector.store;
