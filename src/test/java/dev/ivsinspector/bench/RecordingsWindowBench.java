package dev.ivsinspector.bench;

import dev.ivsinspector.app.MainWindow;
import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.aws.SdkRecordingsGateway;
import dev.ivsinspector.ui.recordings.RecordingRow;
import dev.ivsinspector.ui.recordings.RecordingsTab;
import java.net.URI;
import java.util.List;
import javafx.scene.control.ListView;

/**
 * The same scroll as {@link RecordingsBench}, in the app's real main window: the Recordings tab inside the
 * inspector, opened on the archive configuration as a user would, so what is painted at every step is the
 * window users see (its other panes included). Prints the FX thread's stalls and the CPU per pulse. Run with
 * bench/recordings-window.sh.
 */
public final class RecordingsWindowBench {
    private static final String ARCHIVE = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Mn0Pq1Rs2Tu3";

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(System.getProperty("ivsinspector.bench.endpoint"));
        FxBench.startToolkit();
        FxBench.applyAppTheme();
        ConnectionSettings settings = ConnectionSettings.demo(endpoint);
        SdkIvsGateway ivs = new SdkIvsGateway(settings);
        SdkRecordingsGateway recordings = new SdkRecordingsGateway(() -> settings);
        FxBench.fillDemoBucket(settings);
        System.out.println("Recordings tab in the main window, " + FxBench.toolkitName() + ", demo endpoint " + endpoint);

        MainWindow window = FxBench.showWindow(ivs, endpoint, List.of(), "us-west-2");
        RecordingsTab tab = FxBench.onFx(() -> window.attachRecordings(recordings, window.root().getScene().getWindow(),
                url -> { }));
        FxBench.onFxRun(() -> window.inspector().open(ARCHIVE));
        FxBench.await("the Recordings tab did not fill", 60,
                () -> window.inspector().shownConfigurationProperty().get() != null);
        FxBench.onFxRun(tab::open);
        FxBench.await("the Recordings tab did not fill", 60,
                () -> tab.viewModel().rows().size() >= 8 && !tab.viewModel().loadingProperty().get());
        @SuppressWarnings("unchecked")
        ListView<RecordingRow> list = FxBench.onFx(() -> (ListView<RecordingRow>) tab.tab().getContent()
                .lookup("#recordingsList"));
        FxBench.settle(2000);

        try (FxBench.StallWatch watch = new FxBench.StallWatch()) {
            PulseCpu cpu = new PulseCpu();
            cpu.start();
            watch.begin();
            long started = System.nanoTime();
            RecordingsBench.scrollToTheEnd(list, tab.viewModel());
            watch.end();
            String cpuPerPulse = cpu.stopAndReport();
            System.out.printf("RECORDINGS_WINDOW_SCROLL_FX_STALL_MS longest runLater delay %.1f ms, longest pulse gap"
                    + " %.1f ms while scrolling %d rows to the oldest in %.1f s [goal <= 50]%n", watch.maxRunLaterDelayMs(),
                    watch.maxPulseGapMs(), FxBench.onFx(() -> list.getItems().size()),
                    (System.nanoTime() - started) / 1e9);
            System.out.println("RECORDINGS_WINDOW_SCROLL_CPU_PER_PULSE CPU time from one pulse to the next: "
                    + cpuPerPulse + " [a stall far longer than this was a wait for a core]");
        }
        System.exit(0);
    }
}
