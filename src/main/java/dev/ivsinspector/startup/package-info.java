/**
 * Start-up: work begun before the window exists so that it appears sooner, and the two special runs that
 * only the packaging build and the benchmarks ask for.
 *
 * <p>The app's wiring ({@code app.IvsInspectorApp}) calls {@link dev.ivsinspector.startup.Startup} twice: before
 * the JavaFX toolkit starts and right after the first window is shown. Everything else here stays out of its
 * way. One system property, {@code ivsinspector.startup}, chooses the run (see {@link
 * dev.ivsinspector.startup.StartupMode}); figures measured for these choices are in docs/PERFORMANCE.md.
 */
package dev.ivsinspector.startup;
