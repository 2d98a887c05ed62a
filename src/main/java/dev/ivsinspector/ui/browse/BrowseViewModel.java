package dev.ivsinspector.ui.browse;

import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The browse pane: lists the configurations of one region or of all regions, page by page as they arrive,
 * filters them, and opens one in the inspector. Listing runs on background threads; their results reach the
 * bound properties only through {@code fxThread}, the FX thread in the application.
 */
public final class BrowseViewModel {

    /** How many regions are listed at once in "All regions": enough to hide latency, few enough not to be throttled. */
    static final int REGION_PARALLELISM = 4;
    /** Pages of one region listed but not yet shown; see ListingRun.page. */
    static final int PAGES_IN_FLIGHT = 2;
    /** The longest a listed page waits while the view holds pages (see holdPages): holding slows, never stops. */
    static final Duration PAGE_HOLD_LIMIT = Duration.ofSeconds(1);

    private final IvsGateway gateway;
    private final Executor fxThread;
    private final Consumer<String> openInInspector;

    private final StringProperty region = new SimpleStringProperty();
    private final BooleanProperty allRegions = new SimpleBooleanProperty();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty showActive = new SimpleBooleanProperty(true);
    private final BooleanProperty showCreating = new SimpleBooleanProperty(true);
    private final BooleanProperty showFailed = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Choose a region and press Refresh.");
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<ConfigRow> rows = FXCollections.observableArrayList();
    private final VisibleRows visibleRows = new VisibleRows(rows);
    private final ObservableList<RegionStatus> regionStatuses = FXCollections.observableArrayList();
    private final Map<String, RegionStatus> statusByRegion = new LinkedHashMap<>();

    private ListingRun running;
    /** Guards pagesHeld, which the FX thread sets and listing threads wait on. */
    private final Object pageHold = new Object();
    private boolean pagesHeld;
    /** True while the picker is being filled: that is set-up, not a user's choice to list a region. */
    private boolean fillingRegions;

    public BrowseViewModel(IvsGateway gateway, Executor fxThread, Consumer<String> openInInspector) {
        this.gateway = gateway;
        this.fxThread = fxThread;
        this.openInInspector = openInInspector;
        filterText.addListener((obs, old, now) -> refilter());
        showActive.addListener((obs, old, now) -> refilter());
        showCreating.addListener((obs, old, now) -> refilter());
        showFailed.addListener((obs, old, now) -> refilter());
        visibleRows.shown().addListener((javafx.collections.ListChangeListener<ConfigRow>) c -> updateSummary());
        // Choosing another region or "All regions" lists it at once, as users expect of a picker.
        region.addListener((obs, old, now) -> {
            if (now != null && !allRegions.get() && !fillingRegions) {
                refresh();
            }
        });
        allRegions.addListener((obs, old, now) -> refresh());
    }

    /** Fills the region picker; the SDK's metadata lists them without a network call. Lists nothing yet. */
    public void loadRegions(String preferred) {
        fillingRegions = true;
        try {
            regions.setAll(gateway.regions());
            region.set(preferred != null && regions.contains(preferred) ? preferred
                    : regions.contains("us-west-2") ? "us-west-2" : regions.isEmpty() ? null : regions.get(0));
        } finally {
            fillingRegions = false;
        }
    }

    /** Lists from the start: the chosen region, or every region in "All regions" mode. */
    public void refresh() {
        List<String> targets = allRegions.get() ? List.copyOf(regions) : region.get() == null ? List.of() : List.of(region.get());
        cancelRunning();
        rows.clear();
        visibleRows.clear();
        statusByRegion.clear();
        Map<String, String> starts = new LinkedHashMap<>();
        targets.forEach(r -> starts.put(r, null));
        start(starts);
    }

    /** Goes on from where failed or cancelled regions stopped, keeping every row already loaded. */
    public void continueLoading() {
        Map<String, String> starts = new LinkedHashMap<>();
        statusByRegion.values().stream().filter(RegionStatus::canContinue)
                .forEach(s -> starts.put(s.region(), s.nextToken()));
        if (!starts.isEmpty()) {
            cancelRunning();
            start(starts);
        }
    }

    /** Stops listing; what has loaded stays, and Continue resumes from the same page. */
    public void cancel() {
        if (running != null) {
            ListingRun run = running;
            cancelRunning();
            for (String r : run.regions()) {
                RegionStatus s = statusByRegion.get(r);
                if (s != null && s.state() == RegionStatus.State.LOADING) {
                    setStatus(new RegionStatus(r, RegionStatus.State.CANCELLED, s.count(), null, run.tokenOf(r)));
                }
            }
            finishIfIdle();
        }
    }

    public void open(ConfigRow row) {
        if (row != null) {
            openInInspector.accept(row.arn());
        }
    }

    private void start(Map<String, String> starts) {
        ListingRun run = new ListingRun(starts);
        running = run;
        starts.keySet().forEach(r -> setStatus(new RegionStatus(r, RegionStatus.State.LOADING, countOf(r), null, null)));
        loading.set(!starts.isEmpty());
        updateSummary();
        run.begin();
    }

    private void cancelRunning() {
        if (running != null) {
            running.stop();
            running = null;
        }
        loading.set(false);
    }

    private int countOf(String r) {
        RegionStatus s = statusByRegion.get(r);
        return s == null ? 0 : s.count();
    }

    private void setStatus(RegionStatus status) {
        statusByRegion.put(status.region(), status);
        regionStatuses.setAll(statusByRegion.values());
        canContinue.set(statusByRegion.values().stream().anyMatch(RegionStatus::canContinue));
    }

    private void finishIfIdle() {
        boolean anyLoading = statusByRegion.values().stream().anyMatch(s -> s.state() == RegionStatus.State.LOADING);
        if (!anyLoading) {
            loading.set(false);
            running = null;
        }
        updateSummary();
    }

    private void refilter() {
        Set<String> states = new java.util.HashSet<>();
        if (showActive.get()) {
            states.add("ACTIVE");
        }
        if (showCreating.get()) {
            states.add("CREATING");
        }
        if (showFailed.get()) {
            states.add("CREATE_FAILED");
        }
        visibleRows.setFilter(new RowFilter(filterText.get(), states));
    }

    private void updateSummary() {
        int loaded = rows.size();
        int shown = visibleRows.shown().size();
        long failed = statusByRegion.values().stream().filter(s -> s.state() == RegionStatus.State.FAILED).count();
        StringBuilder text = new StringBuilder();
        text.append(shown == loaded ? loaded + " configurations" : shown + " of " + loaded + " configurations");
        if (loading.get()) {
            text.append(", loading…");
        }
        if (failed > 0) {
            text.append(", ").append(failed).append(failed == 1 ? " region failed" : " regions failed");
        }
        summary.set(text.toString());
    }

    /**
     * One press of Refresh or Continue: lists its regions with bounded parallelism. Every update it sends to
     * the FX thread is dropped once a newer run has replaced it, so a late page never mixes into new results.
     */
    /** @param slots the region's in-flight permit this page holds, or null when it got none in time */
    private record ArrivedPage(String region, List<ConfigRow> rows, String nextToken, Semaphore slots) {
    }

    private final class ListingRun implements RegionLister.Listener {
        private final Map<String, String> tokens;
        private final ExecutorService pool;
        private final Map<String, Semaphore> unapplied = new java.util.concurrent.ConcurrentHashMap<>();
        /** Pages listed but not yet shown, and whether showing them is already queued on the FX thread. */
        private final List<ArrivedPage> arrived = new ArrayList<>();
        private boolean showPosted;
        private volatile boolean stopped;

        ListingRun(Map<String, String> starts) {
            this.tokens = new java.util.concurrent.ConcurrentHashMap<>();
            starts.forEach((r, t) -> tokens.put(r, t == null ? "" : t));
            this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(REGION_PARALLELISM, starts.size())), task -> {
                Thread thread = new Thread(task, "list-regions");
                thread.setDaemon(true);
                return thread;
            });
            starts.forEach((r, t) -> pool.execute(() -> RegionLister.list(gateway, r, t, () -> stopped, this)));
        }

        void begin() {
            pool.shutdown();
        }

        List<String> regions() {
            return new ArrayList<>(tokens.keySet());
        }

        String tokenOf(String r) {
            String t = tokens.get(r);
            return t == null || t.isEmpty() ? null : t;
        }

        void stop() {
            stopped = true;
            pool.shutdownNow();
        }

        private void onFx(Runnable update) {
            fxThread.execute(() -> {
                if (running == this) {
                    update.run();
                }
            });
        }

        @Override
        public void page(String r, List<ConfigRow> page, String nextToken) {
            // At most two pages per region wait for the FX thread. Without a bound, a fast endpoint queues pages
            // faster than they are shown and the FX thread, always busy, keeps the renderer from the CPU on a
            // small machine (pulses stalled past 50 ms in bench/browse.sh); with one, listing waited a pulse
            // per page. The wait is bounded: a busy FX thread slows listing down, it never stops it.
            Semaphore slots = unapplied.computeIfAbsent(r, key -> new Semaphore(PAGES_IN_FLIGHT));
            boolean acquired = false;
            try {
                awaitPagesReleased();
                acquired = slots.tryAcquire(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // cancelled: the lister sees it before the next request
            }
            synchronized (this) {
                arrived.add(new ArrivedPage(r, page, nextToken, acquired ? slots : null));
                if (!showPosted) {
                    showPosted = true;
                    fxThread.execute(this::showArrived);
                }
            }
        }

        /**
         * On the FX thread: every page that arrived since the last call, as one change to the rows, so the
         * table is laid out once however many pages (of however many regions) waited.
         */
        private void showArrived() {
            List<ArrivedPage> batch;
            synchronized (this) {
                batch = new ArrayList<>(arrived);
                arrived.clear();
                showPosted = false;
            }
            if (running == this) {
                List<ConfigRow> added = new ArrayList<>();
                batch.forEach(p -> added.addAll(p.rows()));
                rows.addAll(added);
                visibleRows.added(added);
                for (ArrivedPage p : batch) {
                    // Advanced only when the rows are really added: a page dropped by a cancel is listed again on Continue.
                    tokens.put(p.region(), p.nextToken() == null ? "" : p.nextToken());
                    setStatus(new RegionStatus(p.region(), RegionStatus.State.LOADING, countOf(p.region()) + p.rows().size(), null, null));
                }
                updateSummary();
            }
            // Whether or not a newer run dropped them, these pages no longer wait.
            batch.stream().map(ArrivedPage::slots).filter(java.util.Objects::nonNull).forEach(Semaphore::release);
        }

        @Override
        public void done(String r) {
            onFx(() -> {
                setStatus(new RegionStatus(r, RegionStatus.State.DONE, countOf(r), null, null));
                finishIfIdle();
            });
        }

        @Override
        public void failed(String r, String nextToken, IvsCallException error) {
            onFx(() -> {
                setStatus(new RegionStatus(r, RegionStatus.State.FAILED, countOf(r), RegionStatus.reasonOf(error), nextToken == null && !error.isStop() ? "" : nextToken));
                finishIfIdle();
            });
        }

        @Override
        public void cancelled(String r, String nextToken) {
            // Nothing to do: cancel() already recorded where this region stopped, from the rows it really has.
        }
    }

    /**
     * Holds or releases listing: while held, a page that has been listed waits (at most {@link #PAGE_HOLD_LIMIT})
     * before it is shown and the next one is asked for. The view holds pages while it fills an empty table a few
     * rows per frame: on a two-core machine, reading the next pages (and, in the benchmark, the loopback endpoint
     * writing them) took the CPU from the FX thread making the table's first rows, the first load's longest FX
     * stall (bench/browse.sh). A screenful takes a few frames, after which listing goes on at full speed.
     */
    public void holdPages(boolean held) {
        synchronized (pageHold) {
            pagesHeld = held;
            if (!held) {
                pageHold.notifyAll();
            }
        }
    }

    private void awaitPagesReleased() throws InterruptedException {
        long deadline = System.nanoTime() + PAGE_HOLD_LIMIT.toNanos();
        synchronized (pageHold) {
            long left = deadline - System.nanoTime();
            while (pagesHeld && left > 0) {
                TimeUnit.NANOSECONDS.timedWait(pageHold, left);
                left = deadline - System.nanoTime();
            }
        }
    }

    /** Waits for background listing in tests and benchmarks; never called on the FX thread. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        ListingRun run = running;
        return run == null || run.pool.awaitTermination(timeout, unit);
    }

    public StringProperty regionProperty() { return region; }
    public BooleanProperty allRegionsProperty() { return allRegions; }
    public StringProperty filterTextProperty() { return filterText; }
    public BooleanProperty showActiveProperty() { return showActive; }
    public BooleanProperty showCreatingProperty() { return showCreating; }
    public BooleanProperty showFailedProperty() { return showFailed; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canContinueProperty() { return canContinue.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ObservableList<String> regions() { return regions; }
    public ObservableList<ConfigRow> allRows() { return FXCollections.unmodifiableObservableList(rows); }
    /** The rows the table shows, filtered and in {@link #comparatorProperty()} order. */
    public ObservableList<ConfigRow> visibleRows() { return visibleRows.shown(); }
    /** The table's sort order (bind it to the table's comparator); null keeps the order rows arrived in. */
    public ObjectProperty<Comparator<? super ConfigRow>> comparatorProperty() { return visibleRows.comparatorProperty(); }
    public ObservableList<RegionStatus> regionStatuses() { return regionStatuses; }
}
