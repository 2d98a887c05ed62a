package dev.ivsinspector.ui.browse;

import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.TaskExecutor;
import dev.ivsinspector.ui.common.TaskHandle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One press of Refresh or Continue: lists its regions page by page, a few regions at a time, and hands the
 * pages to the UI thread in batches. Once {@linkplain #stop() stopped} it reports nothing more, so a late page
 * never mixes into a newer listing's results.
 */
final class BrowseListing implements RegionLister.Listener {

    /** How many regions are listed at once in "All regions": enough to hide latency, few enough not to be throttled. */
    static final int REGION_PARALLELISM = 4;
    /** Pages of one region listed but not yet shown; see {@link #page}. */
    static final int PAGES_IN_FLIGHT = 2;

    /** What the listing reports, on the UI thread, until it is stopped. */
    interface Events {
        /** Pages that arrived since the last call, of one or more regions, in the order they arrived. */
        void pagesArrived(List<ListedPage> pages);

        void regionDone(String region);

        /** @param nextToken the token of the page that failed, so listing can continue from it; null at the start */
        void regionFailed(String region, String nextToken, IvsCallException error);
    }

    /** @param nextToken where the page after this one starts, null after the last */
    record ListedPage(String region, List<ConfigRow> rows, String nextToken) {
    }

    /** @param slots the region's in-flight permit this page holds, or null when it got none in time */
    private record ArrivedPage(ListedPage page, Semaphore slots) {
    }

    private final IvsGateway gateway;
    private final TaskExecutor executor;
    private final PageHold hold;
    private final Events events;
    /** Where each region goes on: "" at its start or after its last page. Advanced only when a page is shown. */
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Deque<String> waiting = new ArrayDeque<>();
    private final List<TaskHandle> started = new ArrayList<>();
    private final Map<String, Semaphore> unapplied = new ConcurrentHashMap<>();
    /** Pages listed but not yet shown, and whether showing them is already queued on the UI thread. */
    private final List<ArrivedPage> arrived = new ArrayList<>();
    private boolean showPosted;
    private volatile boolean stopped;

    /** @param starts each region to list and the token to start from (null: its first page) */
    BrowseListing(IvsGateway gateway, TaskExecutor executor, PageHold hold, Map<String, String> starts, Events events) {
        this.gateway = gateway;
        this.executor = executor;
        this.hold = hold;
        this.events = events;
        starts.forEach((region, token) -> {
            tokens.put(region, token == null ? "" : token);
            waiting.add(region);
        });
    }

    /** Starts listing; call on the UI thread. */
    void start() {
        for (int i = 0; i < REGION_PARALLELISM; i++) {
            startNextRegion();
        }
    }

    /** Stops listing and drops whatever it would still report; call on the UI thread. */
    void stop() {
        stopped = true;
        waiting.clear();
        List.copyOf(started).forEach(TaskHandle::cancel);
    }

    List<String> regions() {
        return new ArrayList<>(tokens.keySet());
    }

    /** Where the region goes on from: the token of the first page not shown yet, or null. */
    String tokenOf(String region) {
        String token = tokens.get(region);
        return token == null || token.isEmpty() ? null : token;
    }

    private void startNextRegion() {
        String region = waiting.poll();
        if (region == null || stopped) {
            return;
        }
        String token = tokenOf(region);
        started.add(BackgroundTask.wrap(() -> RegionLister.list(gateway, region, token, () -> stopped, this))
                .onFinished(this::startNextRegion)
                .executeWith(executor));
    }

    @Override
    public void page(String region, List<ConfigRow> rows, String nextToken) {
        // At most two pages per region wait for the UI thread. Without a bound, a fast endpoint queues pages
        // faster than they are shown, and the FX thread, always busy, keeps the renderer from the CPU on a small
        // machine; with a bound of one, listing waited a frame per page. The wait is bounded: a busy UI thread
        // slows listing down, it never stops it.
        Semaphore slots = unapplied.computeIfAbsent(region, key -> new Semaphore(PAGES_IN_FLIGHT));
        boolean acquired = false;
        try {
            hold.awaitRelease();
            acquired = slots.tryAcquire(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped: the lister sees it before the next request
        }
        boolean post;
        synchronized (this) {
            arrived.add(new ArrivedPage(new ListedPage(region, rows, nextToken), acquired ? slots : null));
            post = !showPosted;
            showPosted = true;
        }
        if (post) {
            executor.runOnUiThread(this::showArrived);
        }
    }

    /**
     * On the UI thread: every page that arrived since the last call, as one change to the rows, so the table is
     * laid out once however many pages (of however many regions) waited.
     */
    private void showArrived() {
        List<ArrivedPage> batch;
        synchronized (this) {
            batch = new ArrayList<>(arrived);
            arrived.clear();
            showPosted = false;
        }
        if (!stopped) {
            // Advanced only when the rows are really added: a page dropped by a stop is listed again on Continue.
            batch.forEach(p -> tokens.put(p.page().region(), Objects.requireNonNullElse(p.page().nextToken(), "")));
            events.pagesArrived(batch.stream().map(ArrivedPage::page).toList());
        }
        // Whether or not a stop dropped them, these pages no longer wait.
        batch.stream().map(ArrivedPage::slots).filter(Objects::nonNull).forEach(Semaphore::release);
    }

    @Override
    public void done(String region) {
        onUiThread(() -> events.regionDone(region));
    }

    @Override
    public void failed(String region, String nextToken, IvsCallException error) {
        onUiThread(() -> events.regionFailed(region, nextToken, error));
    }

    @Override
    public void cancelled(String region, String nextToken) {
        // Nothing to report: whoever stopped the listing records where each region stopped, from the rows it has.
    }

    private void onUiThread(Runnable report) {
        executor.runOnUiThread(() -> {
            if (!stopped) {
                report.run();
            }
        });
    }
}
