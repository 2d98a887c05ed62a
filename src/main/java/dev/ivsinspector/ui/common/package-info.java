/**
 * What every feature shares: background work ({@code BackgroundTask}, {@code TaskExecutor},
 * {@code LatestOnly}, the app's {@code FxTaskExecutor}), dialogs and error texts ({@code DialogService},
 * {@code ErrorMessages}), the desktop (clipboard, browser, save dialog), and small controls.
 */
package dev.ivsinspector.ui.common;
