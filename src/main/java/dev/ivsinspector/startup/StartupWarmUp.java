package dev.ivsinspector.startup;

import atlantafx.base.theme.PrimerLight;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.aws.IvsRegions;
import java.io.IOException;
import java.net.URL;
import javafx.css.Stylesheet;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that does not need the JavaFX toolkit, begun on its own thread the moment the JVM starts.
 * The toolkit spends its first moments starting on the FX thread while the main thread only waits; on a
 * two-core machine this thread runs beside it, so the window is not held up by setting up logging or by the
 * SDK's region metadata (which the browse pane's region list and the first client need at once).
 * If the FX thread gets there first it simply waits for the class initialisation in progress: never worse
 * than doing it itself.
 *
 * <p>The SDK's client classes are loaded here only when an ARN on the command line is fetched at once.
 * Otherwise the first client is built after the window shows, and loading the SDK here only takes CPU from
 * the FX thread while it builds the window (docs/PERFORMANCE.md has the figures).
 */
final class StartupWarmUp {

    private StartupWarmUp() {
    }

    /** @param clientNeededAtOnce whether the app fetches a configuration as soon as it starts */
    static void begin(boolean clientNeededAtOnce) {
        Thread thread = new Thread(() -> run(clientNeededAtOnce), "startup-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(boolean clientNeededAtOnce) {
        try {
            LoggerFactory.getILoggerFactory();
            IvsRegions.all();
            warmUpStylesheetReader();
            if (clientNeededAtOnce) {
                SdkIvsGateway.warmUpSdk();
            }
        } catch (RuntimeException | LinkageError | IOException e) {
            // Only a head start: whatever failed here fails again, and is reported, where it is really used.
        }
    }

    /**
     * Reads the theme's binary stylesheet once and throws it away. JavaFX reads it again on the FX thread when
     * the theme is applied (no public API hands it a parsed one), but by then the reader's code is warm.
     */
    private static void warmUpStylesheetReader() throws IOException {
        URL stylesheet = lightThemeBinaryStylesheet();
        if (stylesheet != null) {
            Stylesheet.loadBinary(stylesheet);
        }
    }

    /** AtlantaFX's Primer Light as JavaFX loads it: the .bss the theme names beside its .css. */
    static URL lightThemeBinaryStylesheet() {
        return StartupWarmUp.class.getResource(new PrimerLight().getUserAgentStylesheetBSS());
    }
}
