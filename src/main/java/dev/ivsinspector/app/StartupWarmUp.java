package dev.ivsinspector.app;

import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.aws.connection.IvsRegions;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that does not need the JavaFX toolkit, begun on its own thread the moment the JVM starts.
 * The toolkit spends its first ~200 ms starting on the FX thread while the main thread only waits; on a
 * two-core machine this thread runs beside it, so the window is not held up by setting up logging or by the
 * SDK's region metadata (which the browse pane's region list and the first client need at once).
 * If the FX thread gets there first it simply waits for the class initialisation in progress: never worse
 * than doing it itself.
 */
final class StartupWarmUp {

    private StartupWarmUp() {
    }

    static void begin() {
        Thread thread = new Thread(StartupWarmUp::run, "startup-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            LoggerFactory.getILoggerFactory();
            IvsRegions.all();
            SdkIvsGateway.warmUpSdk();
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: whatever failed here fails again, and is reported, where it is really used.
        }
    }
}
