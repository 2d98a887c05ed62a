package dev.ivsinspector.bench;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.RecordingsGateway;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.aws.SdkRecordingsGateway;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.model.doctor.DoctorReport;
import dev.ivsinspector.model.recording.RecordingWalker;
import dev.ivsinspector.store.ThumbnailDiskCache;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.recordings.RecordingReader;
import dev.ivsinspector.ui.recordings.RecordingRow;
import dev.ivsinspector.ui.recordings.RecordingsTab;
import dev.ivsinspector.ui.recordings.RecordingsView;
import dev.ivsinspector.ui.recordings.RecordingsViewModel;
import dev.ivsinspector.ui.recordings.ThumbnailImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * The Recordings tab of the archive channel (5,000 recordings over two years) against the demo endpoint in
 * its own process: time from opening to a first screenful whose every row shows its thumbnail, the FX
 * thread's longest stall while scrolling to the oldest recording, and memory (image cache and peak RSS).
 * Run with bench/recordings.sh.
 */
public final class RecordingsBench {
    private static final String ARCHIVE = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Mn0Pq1Rs2Tu3";
    private static final String ARCHIVE_CHANNEL = "Archive5000Ch";
    private static final String RICH = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";

    private record Tab(RecordingsViewModel viewModel, ThumbnailImages images, ListView<RecordingRow> list) {
    }

    public static void main(String[] args) throws Exception {
        int warmRuns = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        URI endpoint = URI.create(System.getProperty("ivsinspector.bench.endpoint"));
        FxBench.startToolkit();
        FxBench.applyAppTheme();
        ConnectionSettings settings = ConnectionSettings.demo(endpoint);
        SdkIvsGateway ivs = new SdkIvsGateway(settings);
        SdkRecordingsGateway recordings = new SdkRecordingsGateway(() -> settings);
        FxBench.fillDemoBucket(settings);
        RecordingConfiguration archive = ivs.getRecordingConfiguration(RecordingConfigurationArn.parse(ARCHIVE))
                .recordingConfiguration();
        RecordingConfiguration rich = ivs.getRecordingConfiguration(RecordingConfigurationArn.parse(RICH))
                .recordingConfiguration();
        System.out.println("Recordings tab, " + FxBench.toolkitName() + ", demo endpoint " + endpoint);

        Tab first = showTab(ivs, recordings);
        double cold = timeToFirstScreen(first, archive);
        System.out.printf("first open in a fresh JVM (S3 client built on the way): %.0f ms%n", cold);
        // One window at a time, as in the app: a second shown stage is painted again in full at every pulse.
        FxBench.onFxRun(() -> first.list().getScene().getWindow().hide());
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < warmRuns; i++) {
            Tab warmup = showTab(ivs, recordings);
            timeToFirstScreen(warmup, rich);
            Tab tab = showTab(ivs, recordings); // empty caches: every thumbnail comes from S3
            warm.add(timeToFirstScreen(tab, archive));
            FxBench.onFxRun(() -> {
                warmup.list().getScene().getWindow().hide();
                tab.list().getScene().getWindow().hide();
            });
        }
        warm.sort(Double::compare);
        if (!warm.isEmpty()) {
            System.out.printf("RECORDINGS_FIRST_SCREEN_MS cold %.0f; warm JVM, empty caches: median %.0f (range"
                    + " %.0f-%.0f) over %d opens [goal <= 1000]%n", cold, warm.get(warm.size() / 2), warm.get(0),
                    warm.get(warm.size() - 1), warm.size());
        }

        Tab tab = showTab(ivs, recordings);
        timeToFirstScreen(tab, archive);
        try (FxBench.StallWatch watch = new FxBench.StallWatch()) {
            PulseCpu cpu = new PulseCpu();
            cpu.start();
            long endpointPid = Long.getLong("ivsinspector.bench.endpointPid", -1);
            long endpointCpuBefore = PulseCpu.processMillis(endpointPid);
            watch.begin();
            long started = System.nanoTime();
            scrollToTheEnd(tab.list(), tab.viewModel());
            watch.end();
            String cpuPerPulse = cpu.stopAndReport();
            long endpointCpu = PulseCpu.processMillis(endpointPid) - endpointCpuBefore;
            long rows = FxBench.onFx(() -> tab.viewModel().rows().stream().filter(r -> !r.isMissedSession()).count());
            System.out.printf("RECORDINGS_SCROLL_FX_STALL_MS longest runLater delay %.1f ms, longest pulse gap %.1f ms"
                    + " while scrolling %d recordings to the oldest in %.1f s [goal <= 50]%n",
                    watch.maxRunLaterDelayMs(), watch.maxPulseGapMs(), rows, (System.nanoTime() - started) / 1e9);
            System.out.printf("longest runLater delay ended at %s (wall clock, for a JFR recording), %.1f s into the"
                    + " scroll%n", Instant.ofEpochMilli(watch.maxRunLaterDelayEndedAtMillis()),
                    (watch.maxRunLaterDelayEndedNanos() - started) / 1e9);
            System.out.println("RECORDINGS_SCROLL_CPU_PER_PULSE CPU time from one pulse to the next: " + cpuPerPulse
                    + " [a stall far longer than this was a wait for a core]");
            if (endpointCpuBefore >= 0) {
                // The endpoint stands in for S3 but runs on the same cores: its CPU is taken from the tab's.
                System.out.printf("demo endpoint (another process, same cores) used %.1f s of CPU during the scroll%n",
                        endpointCpu / 1e3);
            }
        }
        System.out.printf("RECORDINGS_IMAGE_CACHE_MB the scrolled tab's image cache: peak %.1f of its %.0f MB cap"
                + " (decoded pixels), %.1f MB after scrolling all; peak RSS %d MB (VmHWM)%n",
                tab.images().peakMemoryBytes() / 1048576.0, tab.images().memoryBudget() / 1048576.0,
                tab.images().memoryBytes() / 1048576.0, peakRssMb());
        walkAll(recordings);
        System.exit(0);
    }

    /**
     * The archive channel's whole walk without the tab: how long listing all 5,000 recordings takes, and in how
     * many ListObjectsV2 calls (what scrolling to the oldest has to wait for at least).
     */
    private static void walkAll(SdkRecordingsGateway recordings) {
        AtomicInteger listings = new AtomicInteger();
        RecordingsGateway counting = (RecordingsGateway) Proxy.newProxyInstance(RecordingsBench.class.getClassLoader(),
                new Class<?>[] {RecordingsGateway.class}, (proxy, method, args) -> {
                    if (method.getName().equals("listObjects")) {
                        listings.incrementAndGet();
                    }
                    try {
                        return method.invoke(recordings, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        RecordingWalker walker = new RecordingReader(counting, "us-west-2", "ivs-minimal-bucket")
                .walker(SampleAccount.ACCOUNT_ID, ARCHIVE_CHANNEL);
        long started = System.nanoTime();
        int found = 0;
        while (!walker.isExhausted()) {
            found += walker.next(RecordingsViewModel.PAGE).size();
        }
        System.out.printf("RECORDINGS_WALK_S %d recordings listed, newest to oldest, in %.1f s with %d ListObjectsV2"
                + " calls (no tab, pages of %d)%n", found, (System.nanoTime() - started) / 1e9, listings.get(),
                RecordingsViewModel.PAGE);
    }

    /** A fresh Recordings view (its own caches) on its own stage, as big as the app's default window. */
    @SuppressWarnings("unchecked")
    private static Tab showTab(SdkIvsGateway ivs, SdkRecordingsGateway recordings) throws IOException {
        Path cache = Files.createTempDirectory("bench-thumbnails");
        // The tab's own: a shared one would hold every tab opened through its listener.
        ObservableValue<DoctorReport> noDoctor = new SimpleObjectProperty<>();
        return FxBench.onFx(() -> {
            ResourceBundle messages = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");
            RecordingsViewModel viewModel = new RecordingsViewModel(ivs, recordings, new FxTaskExecutor(),
                    new DesktopServices(text -> { }, url -> { }, (t, n) -> Optional.empty()), messages,
                    Clock.systemUTC(), noDoctor);
            ThumbnailImages images = new ThumbnailImages(new ThumbnailDiskCache(cache, 256L << 20),
                    RecordingsTab.MEMORY_BUDGET, RecordingsTab.THREADS);
            FXMLLoader loader = new FXMLLoader(RecordingsView.class.getResource("RecordingsView.fxml"), messages);
            loader.setControllerFactory(type -> new RecordingsView(viewModel, images, messages, () -> { }));
            Stage stage = new Stage();
            try {
                stage.setScene(new Scene(loader.load(), 1000, 960));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stage.show();
            return new Tab(viewModel, images, (ListView<RecordingRow>) stage.getScene().lookup("#recordingsList"));
        });
    }

    /** Milliseconds from asking for the recordings to the first pulse at which every visible row has its picture. */
    private static double timeToFirstScreen(Tab tab, RecordingConfiguration configuration) {
        CompletableFuture<Double> done = new CompletableFuture<>();
        FxBench.onFxRun(() -> {
            long started = System.nanoTime();
            AnimationTimer watch = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (firstScreenDrawn(tab.list())) {
                        stop();
                        done.complete((System.nanoTime() - started) / 1e6);
                    }
                }
            };
            tab.viewModel().show(configuration);
            watch.start();
        });
        return done.join();
    }

    private static boolean firstScreenDrawn(ListView<RecordingRow> list) {
        Bounds viewport = list.localToScene(list.getLayoutBounds());
        int shown = 0;
        for (Node node : list.lookupAll(".recording-cell")) {
            if (node instanceof ListCell<?> cell && cell.getItem() instanceof RecordingRow row && cell.isVisible()
                    && viewport.contains(cell.localToScene(cell.getLayoutBounds()).getCenterX(),
                    cell.localToScene(cell.getLayoutBounds()).getCenterY())) {
                if (row.isMissedSession()) {
                    continue; // a session that left no recording has no picture to wait for
                }
                ImageView picture = (ImageView) cell.lookup(".image-view");
                boolean nothingToDraw = row.detailsProperty().get() != null
                        && row.detailsProperty().get().coverThumbnail().isEmpty();
                if (!nothingToDraw && (picture == null || picture.getImage() == null)) {
                    return false;
                }
                shown++;
            }
        }
        return shown >= 4;
    }

    /** Scrolls down 8 rows every 16 ms, as a fast mouse wheel would, until the oldest recording is on screen. */
    static void scrollToTheEnd(ListView<RecordingRow> list, RecordingsViewModel viewModel) throws InterruptedException {
        int[] top = {0};
        // -Drecordings.bench.scrollSteps=N stops after N steps: a shorter run to compare the cost of a frame.
        int steps = Integer.getInteger("recordings.bench.scrollSteps", Integer.MAX_VALUE);
        while (steps-- > 0) {
            boolean atEnd = FxBench.onFx(() -> {
                int size = list.getItems().size();
                top[0] = Math.min(size - 1, top[0] + 8);
                list.scrollTo(top[0]);
                return top[0] >= size - 1 && !viewModel.moreAvailableProperty().get()
                        && !viewModel.loadingProperty().get();
            });
            if (atEnd) {
                return;
            }
            Thread.sleep(16);
        }
    }

    private static long peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }
}
