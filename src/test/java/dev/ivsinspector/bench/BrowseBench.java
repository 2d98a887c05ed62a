package dev.ivsinspector.bench;

import dev.ivsinspector.app.MainWindow;
import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.ui.browse.BrowseViewModel;
import dev.ivsinspector.ui.browse.ConfigRow;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/**
 * 10,000 configurations from the loopback demo endpoint at 100 per page through the real
 * BrowseViewModel, real SdkIvsGateway and the real browse TableView in the real main window.
 * <ul>
 * <li>load: time from the first page's rows reaching the view-model's list to all 10,000 there (goal 2 s),
 *     with the FX thread's longest stall meanwhile (goal 50 ms);</li>
 * <li>filter: one keystroke more or less in the filter field, timed on the FX thread from the text change
 *     through FilteredList, SortedList and the TableView's CSS + layout (goal: median 16 ms).</li>
 * </ul>
 * Variants: 0 unsorted, 1 sorted by name (descending), both on the table exactly as the app builds it.
 * Args: {@code [loads=6] [filterRounds=5] [firstVariant=0] [lastVariant=1]}. The first load is reported apart
 * (cold JIT); bench/browse-first-load.sh repeats it in fresh JVMs.
 * With {@code -Divsinspector.bench.endpoint=http://127.0.0.1:PORT} the configurations come from a demo endpoint in its own
 * process ({@code DemoMain PORT eu-central-1 10000}, as bench/browse.sh starts it): AWS is never in the app's
 * JVM, and in it the endpoint's 10,000 stored configurations and its JSON encoding add to the app's
 * collections. Without it the endpoint runs in this JVM.
 */
public final class BrowseBench {

    private static final String REGION = "eu-central-1";
    private static final int COUNT = 10_000;

    private BrowseBench() {
    }

    public static void main(String[] args) throws Exception {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int filterRounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        FxBench.startToolkit();
        System.out.println("Browse benchmark on " + FxBench.toolkitName() + ", load average " + Stats.loadAverage()
                + ", endpoint " + (System.getProperty("ivsinspector.bench.endpoint") != null ? "in its own process" : "in this JVM"));
        String external = System.getProperty("ivsinspector.bench.endpoint");
        try (DemoEndpoint endpoint = external != null ? null
                : DemoEndpoint.start(SampleAccount.standard().withGenerated(REGION, COUNT));
             SdkIvsGateway gateway = new SdkIvsGateway(ConnectionSettings.demo(
                     external != null ? URI.create(external) : endpoint.uri()));
             FxBench.StallWatch stalls = new FxBench.StallWatch()) {
            MainWindow window = FxBench.showWindow(gateway, external != null ? URI.create(external) : endpoint.uri(),
                    List.of(), REGION);
            BrowseViewModel browse = window.browse();
            @SuppressWarnings("unchecked")
            TableView<ConfigRow> table = FxBench.onFx(() -> (TableView<ConfigRow>) window.root().lookup("#table"));
            TextField filterField = FxBench.onFx(() -> (TextField) window.root().lookup("#filterField"));
            FxBench.settle(500);

            int firstVariant = args.length > 2 ? Integer.parseInt(args[2]) : 0;
            int lastVariant = args.length > 3 ? Integer.parseInt(args[3]) : 1;
            for (int variant = firstVariant; variant <= lastVariant; variant++) {
                boolean sorted = variant == 1;
                FxBench.onFxRun(() -> {
                    if (sorted) {
                        TableColumn<ConfigRow, ?> name = table.getColumns().stream()
                                .filter(c -> "nameColumn".equals(c.getId())).findFirst().orElse(table.getColumns().get(1));
                        name.setSortType(TableColumn.SortType.DESCENDING);
                        table.getSortOrder().setAll(List.of(name));
                    } else {
                        table.getSortOrder().clear();
                    }
                });
                String label = sorted ? "table sorted by name (descending)" : "table unsorted";
                loadBench(browse, stalls, loads, label);
                if (filterRounds > 0) {
                    filterBench(filterField, table, window.root(), filterRounds, label);
                }
            }
        }
        System.exit(0);
    }

    private static void loadBench(BrowseViewModel browse, FxBench.StallWatch stalls, int loads, String label)
            throws Exception {
        List<Double> firstToAll = new ArrayList<>();
        List<Double> refreshToAll = new ArrayList<>();
        List<Double> runLaterStall = new ArrayList<>();
        List<Double> pulseGap = new ArrayList<>();
        // allRows() hands out a new unmodifiable wrapper that listens weakly: keep this one reachable.
        javafx.collections.ObservableList<ConfigRow> rows = browse.allRows();
        for (int i = 0; i < loads; i++) {
            long[] firstPage = {0};
            long[] allRows = {0};
            CountDownLatch done = new CountDownLatch(1);
            ListChangeListener<ConfigRow> watch = c -> {
                int size = rows.size();
                if (size > 0 && firstPage[0] == 0) {
                    firstPage[0] = System.nanoTime();
                }
                if (size == COUNT && allRows[0] == 0) {
                    allRows[0] = System.nanoTime();
                    done.countDown();
                }
            };
            FxBench.onFxRun(() -> {
                browse.filterTextProperty().set("");
                rows.addListener(watch);
            });
            FxBench.settle(300);
            stalls.begin();
            long[] refreshCall = new long[2];
            long start = FxBench.onFx(() -> {
                refreshCall[0] = System.nanoTime();
                browse.refresh(); // clears the 10,000 rows of the previous load first
                refreshCall[1] = System.nanoTime();
                return refreshCall[0];
            });
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not all rows arrived: " + FxBench.onFx(() -> browse.allRows().size()
                        + " rows, " + browse.summaryProperty().get() + ", " + browse.regionStatuses()));
            }
            FxBench.settle(100); // the pulse that lays out the last page belongs to the load
            stalls.end();
            FxBench.onFxRun(() -> rows.removeListener(watch));
            double loadMs = (allRows[0] - firstPage[0]) / 1e6;
            System.out.printf("  load %d (%s): first page -> 10,000 rows %s ms, refresh -> 10,000 rows %s ms,"
                            + " FX max runLater delay %s ms (ended %tT.%<tL, %s ms after the first page), max pulse gap %s ms (ended %s ms"
                            + " after the first page, %s ms after the last row) (refresh() itself %s ms)%n", i + 1, label, Stats.fmt(loadMs),
                    Stats.fmt((allRows[0] - start) / 1e6), Stats.fmt(stalls.maxRunLaterDelayMs()), stalls.maxRunLaterDelayEndedAtMillis(),
                    Stats.fmt((stalls.maxRunLaterDelayEndedNanos() - firstPage[0]) / 1e6),
                    Stats.fmt(stalls.maxPulseGapMs()), Stats.fmt((stalls.maxPulseGapEndedNanos() - firstPage[0]) / 1e6),
                    Stats.fmt((stalls.maxPulseGapEndedNanos() - allRows[0]) / 1e6), Stats.fmt((refreshCall[1] - refreshCall[0]) / 1e6));
            if (i > 0 || loads == 1) {
                firstToAll.add(loadMs);
                refreshToAll.add((allRows[0] - start) / 1e6);
                runLaterStall.add(stalls.maxRunLaterDelayMs());
                pulseGap.add(stalls.maxPulseGapMs());
            }
        }
        System.out.printf("BROWSE_LOAD_MS p50 %s (max %s) [%s; goal <= 2000; refresh->all p50 %s]%n",
                Stats.fmt(Stats.median(firstToAll)), Stats.fmt(Stats.max(firstToAll)), label,
                Stats.fmt(Stats.median(refreshToAll)));
        System.out.printf("BROWSE_FX_STALL_MS p50-of-max %s (worst %s); pulse gap p50-of-max %s (worst %s) [%s; goal <= 50]%n",
                Stats.fmt(Stats.median(runLaterStall)), Stats.fmt(Stats.max(runLaterStall)),
                Stats.fmt(Stats.median(pulseGap)), Stats.fmt(Stats.max(pulseGap)), label);
    }

    private static void filterBench(TextField field, TableView<ConfigRow> table, Parent root, int rounds, String label)
            throws Exception {
        // Narrowing while typing, widening while deleting: both happen on every real keystroke.
        String typed = "recordings-eu-central-1-7";
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= typed.length(); i++) {
            texts.add(typed.substring(0, i));
        }
        for (int i = typed.length() - 1; i >= 0; i--) {
            texts.add(typed.substring(0, i));
        }
        List<Double> times = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        for (int round = 0; round < rounds + 1; round++) {
            for (String text : texts) {
                double ms = FxBench.onFx(() -> {
                    long t0 = System.nanoTime();
                    field.setText(text);
                    root.applyCss();
                    root.layout();
                    return (System.nanoTime() - t0) / 1e6;
                });
                if (round > 0) { // round 0 warms the JIT
                    times.add(ms);
                    shown.add(FxBench.onFx(() -> table.getItems().size()));
                }
                Thread.sleep(20); // let the pulse render, as between real keystrokes
            }
        }
        System.out.printf("FILTER_KEYSTROKE_MS p50 %s, p90 %s, max %s over %d keystrokes on 10,000 rows"
                        + " (%d..%d rows shown) [%s; goal p50 <= 16]%n", Stats.fmt(Stats.median(times)),
                Stats.fmt(Stats.percentile(times, 90)), Stats.fmt(Stats.max(times)), times.size(),
                shown.stream().mapToInt(Integer::intValue).min().orElse(0),
                shown.stream().mapToInt(Integer::intValue).max().orElse(0), label);
        FxBench.onFxRun(() -> field.setText(""));
    }
}
