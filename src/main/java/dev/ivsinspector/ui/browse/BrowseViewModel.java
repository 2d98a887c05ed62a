package dev.ivsinspector.ui.browse;

import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.ui.accounts.AllAccountsViewModel;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The browse pane's state and commands: lists the configurations of one region or of all regions, page by
 * page as they arrive, filters them, and opens one in the inspector. The listing itself (threads, paging,
 * holding) is a {@link BrowseListing}; its reports reach the properties on the UI thread. With "All accounts" on,
 * the same choices (region, All regions, Refresh, Cancel, filter) drive the organization's listing instead.
 */
public final class BrowseViewModel implements BrowseListing.Events {

    private final IvsGateway gateway;
    private final TaskExecutor executor;
    private final Consumer<String> openInInspector;
    /** Every account of the sign-in, or null when the app offers no organization. */
    private final AllAccountsViewModel organization;
    private final BooleanProperty allAccounts = new SimpleBooleanProperty();

    private final StringProperty region = new SimpleStringProperty();
    private final BooleanProperty allRegions = new SimpleBooleanProperty();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty showActive = new SimpleBooleanProperty(true);
    private final BooleanProperty showCreating = new SimpleBooleanProperty(true);
    private final BooleanProperty showFailed = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(Messages.text("browse.summary.start"));
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<ConfigRow> rows = FXCollections.observableArrayList();
    private final VisibleRows visibleRows = new VisibleRows(rows);
    private final ObservableList<RegionStatus> regionStatuses = FXCollections.observableArrayList();
    private final Map<String, RegionStatus> statusByRegion = new LinkedHashMap<>();

    private final PageHold pageHold = new PageHold();
    private BrowseListing running;
    /** True while the picker is being filled: that is set-up, not a user's choice to list a region. */
    private boolean fillingRegions;

    /** @param organization All accounts' view-model, or null: the browse pane then lists the connection's account only */
    public BrowseViewModel(IvsGateway gateway, TaskExecutor executor, Consumer<String> openInInspector,
                           AllAccountsViewModel organization) {
        this.gateway = gateway;
        this.executor = executor;
        this.openInInspector = openInInspector;
        this.organization = organization;
        if (organization != null) {
            // One set of choices for both: what the user picked stays when switching between one and all accounts.
            organization.regionProperty().bindBidirectional(region);
            organization.allRegionsProperty().bindBidirectional(allRegions);
            organization.filterProperty().bindBidirectional(filterText);
            allAccounts.addListener((obs, old, now) -> {
                if (!fillingRegions) {
                    refresh();
                }
            });
        }
        filterText.addListener((obs, old, now) -> refilter());
        showActive.addListener((obs, old, now) -> refilter());
        showCreating.addListener((obs, old, now) -> refilter());
        showFailed.addListener((obs, old, now) -> refilter());
        visibleRows.shown().addListener((ListChangeListener<ConfigRow>) c -> updateSummary());
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

    /**
     * Shows the organization's stored inventory at once (All accounts on), without listing anything yet; for the
     * start of the app.
     */
    public void showAllAccountsInventory() {
        if (organization != null) {
            fillingRegions = true;
            allAccounts.set(true);
            fillingRegions = false;
            organization.showInventory();
        }
    }

    /** Lists from the start: the chosen region, or every region in "All regions" mode; of every account in All accounts. */
    public void refresh() {
        if (allAccounts.get()) {
            cancelRunning();
            organization.start();
            return;
        }
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
        if (allAccounts.get()) {
            organization.cancel();
        }
        if (running != null) {
            BrowseListing run = running;
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
            openArn(row.arn());
        }
    }

    /** Opens a configuration of any account in the inspector (All accounts' rows). */
    public void openArn(String arn) {
        openInInspector.accept(arn);
    }

    private void start(Map<String, String> starts) {
        BrowseListing run = new BrowseListing(gateway, executor, pageHold, starts, this);
        running = run;
        starts.keySet().forEach(r -> setStatus(new RegionStatus(r, RegionStatus.State.LOADING, countOf(r), null, null)));
        loading.set(!starts.isEmpty());
        updateSummary();
        run.start();
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
        Set<String> states = new HashSet<>();
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
        StringBuilder text = new StringBuilder(shown == loaded ? Messages.format("browse.summary.all", loaded)
                : Messages.format("browse.summary.some", shown, loaded));
        if (loading.get()) {
            text.append(Messages.text("browse.summary.loading"));
        }
        if (failed > 0) {
            text.append(Messages.format("browse.summary.failed", failed));
        }
        summary.set(text.toString());
    }

    @Override
    public void pagesArrived(List<BrowseListing.ListedPage> pages) {
        List<ConfigRow> added = new ArrayList<>();
        pages.forEach(p -> added.addAll(p.rows()));
        rows.addAll(added);
        visibleRows.added(added);
        for (BrowseListing.ListedPage p : pages) {
            setStatus(new RegionStatus(p.region(), RegionStatus.State.LOADING, countOf(p.region()) + p.rows().size(), null, null));
        }
        updateSummary();
    }

    @Override
    public void regionDone(String r) {
        setStatus(new RegionStatus(r, RegionStatus.State.DONE, countOf(r), null, null));
        finishIfIdle();
    }

    @Override
    public void regionFailed(String r, String nextToken, IvsCallException error) {
        setStatus(new RegionStatus(r, RegionStatus.State.FAILED, countOf(r), RegionStatus.reasonOf(error),
                nextToken == null && !error.isStop() ? "" : nextToken));
        finishIfIdle();
    }

    /**
     * Holds or releases listing while the view fills an empty table a few rows per frame (see {@link PageHold}).
     */
    public void holdPages(boolean held) {
        pageHold.set(held);
    }

    public StringProperty regionProperty() { return region; }
    public BooleanProperty allRegionsProperty() { return allRegions; }
    /** True: every account of the sign-in (see {@link #organization()}); false: the connection's account. */
    public BooleanProperty allAccountsProperty() { return allAccounts; }
    /** All accounts' view-model, or null when the app offers no organization. */
    public AllAccountsViewModel organization() { return organization; }
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
