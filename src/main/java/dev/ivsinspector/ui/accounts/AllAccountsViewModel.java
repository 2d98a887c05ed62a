package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.org.AccountDirectory;
import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.aws.org.AggregatedConfiguration;
import dev.ivsinspector.aws.org.ConfigAggregators;
import dev.ivsinspector.aws.org.RoleRule;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.LatestOnly;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "All accounts": every account of the sign-in (one role each, chosen by a pattern) × one region or every IVS
 * region, with a status row per account-region and the configurations found, or what an AWS Config aggregator
 * recorded for all of them in one query. Cancel keeps what was listed. The stored inventory shows at once.
 */
public final class AllAccountsViewModel {

    /**
     * What it needs from the application.
     *
     * @param directory   the current sign-in's portal, if any
     * @param connection  the current connection (endpoint override, call timeout, credentials for AWS Config)
     * @param regions     every IVS region
     * @param aggregators AWS Config's aggregators of the connection's account
     */
    public record Services(Supplier<Optional<AccountDirectory>> directory, Supplier<ConnectionSettings> connection,
                           List<String> regions, ResourceBundle messages, Inventory inventory,
                           ConfigAggregators aggregators) {
    }

    private final Services services;
    private final TaskExecutor executor;
    private final OrganizationTexts texts;
    private final LatestOnly run = new LatestOnly();
    private final LatestOnly searching = new LatestOnly();
    private final LatestOnly findingAggregators = new LatestOnly();
    private final ReadOnlyStringWrapper age = new ReadOnlyStringWrapper("");
    private final StringProperty roleRule = new SimpleStringProperty(RoleRule.READ_ONLY.pattern());
    private final StringProperty region = new SimpleStringProperty();
    private final BooleanProperty allRegions = new SimpleBooleanProperty(true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<ListingSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<ListingSource> source = new SimpleObjectProperty<>();
    private final StatusRows statusRows = new StatusRows();
    private final ObservableList<AccountRegionStatus> statuses = statusRows.rows();
    private final MergedRows merged = new MergedRows();
    private final FilteredRows shownRows = new FilteredRows(merged.rows());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private boolean waitingForSignIn;
    private boolean inventoryPending;
    private boolean refreshWhenShown;

    public AllAccountsViewModel(Services services, TaskExecutor executor) {
        this.services = services;
        this.executor = executor;
        this.texts = new OrganizationTexts(services.messages());
        region.set(services.regions().contains("us-west-2") ? "us-west-2"
                : services.regions().isEmpty() ? null : services.regions().get(0));
        sources.add(new ListingSource(null, texts.text("allAccounts.source.accounts")));
        source.set(sources.get(0));
        filter.addListener((obs, old, now) -> search(now));
    }

    /** Shows the stored inventory at once (read in the background), marked with its age. */
    public void showInventory() {
        inventoryPending = true;
        List<OrgRow> shownNow = List.copyOf(merged.rows());
        // The rows are built off the UI thread too: thousands of them would stall it. A row shown already (as a
        // refresh listed it) is kept where the stored one says the same, so that reading the inventory back after
        // a refresh makes rows only for what changed instead of a second copy of every row.
        BackgroundTask.wrap(() -> {
                    Map<String, OrgRow> shownByArn = HashMap.newHashMap(shownNow.size());
                    shownNow.forEach(row -> shownByArn.put(row.arn(), row));
                    return services.inventory().load(row -> texts.row(row, shownByArn.get(row.arn())));
                })
                .onSuccess(this::showStored)
                .onFailure(error -> age.set(texts.text("inventory.unreadable", error.getMessage())))
                // Not held until the window shows: the rows are read while it is built, on the other core.
                .atOnce()
                .onFinished(() -> {
                    inventoryPending = false;
                    if (refreshWhenShown) {
                        refreshWhenShown = false;
                        start();
                    }
                })
                .executeWith(executor);
    }

    /**
     * Refreshes the inventory by itself, now or as soon as a sign-in reaches the accounts ({@link #signedIn()});
     * the stored rows stay shown meanwhile and the refresh marks what is new, changed or gone.
     */
    public void refreshOnceSignedIn() {
        waitingForSignIn = true;
        signedIn();
    }

    /** A sign-in reaches the accounts now: what waited for one (a listing, the refresh at start) runs by itself. */
    public void signedIn() {
        if (waitingForSignIn && !running.get() && services.directory().get().isPresent()) {
            waitingForSignIn = false;
            if (inventoryPending) {
                refreshWhenShown = true; // the stored rows first: they show before any call of the refresh returns
            } else {
                start();
            }
        }
    }

    private void showStored(Inventory.Snapshot<OrgRow> snapshot) {
        List<OrgRow> stored = snapshot.rows();
        if (running.get()) {
            merged.addAbsent(stored); // a refresh already started: what it listed is newer than what was stored
        } else {
            merged.setAll(stored);
        }
        age.set(snapshot.lastRefresh().map(at -> texts.text("inventory.age", texts.when(at), Inventory.ago(at)))
                .orElse(snapshot.rows().isEmpty() ? texts.text("inventory.none") : ""));
        snapshot.setAside().ifPresent(file -> age.set(texts.text("inventory.setAside", file)));
        if (!statuses.isEmpty()) {
            summary.set(texts.summary(statuses, merged.rows().size()));
        }
        search(filter.get());
    }

    /**
     * Filters by the rows' own text at once, then adds what the inventory's full-text index finds beyond it (the
     * query takes longer than a keystroke should).
     */
    private void search(String text) {
        searching.cancel();
        String typed = text == null ? "" : text;
        shownRows.showMatching(typed);
        if (typed.isBlank()) {
            return;
        }
        BackgroundTask.wrap(() -> services.inventory().search(typed))
                .replacing(searching)
                .onSuccess(found -> found.ifPresent(shownRows::alsoShow)) // a change only when it finds more
                .executeWith(executor);
    }

    /** Asks AWS Config for the aggregators of the connection's account in the chosen region, to offer as sources. */
    public void findAggregators() {
        ConnectionSettings connection = services.connection().get();
        String in = region.get();
        BackgroundTask.wrap(() -> services.aggregators().names(connection, in))
                .replacing(findingAggregators)
                .onSuccess(names -> {
                    ListingSource chosen = source.get();
                    sources.setAll(sources.get(0));
                    names.forEach(n -> sources.add(new ListingSource(n, texts.text("allAccounts.source.aggregator", n))));
                    source.set(sources.contains(chosen) ? chosen : sources.get(0));
                })
                .onFailure(error -> summary.set(texts.text("allAccounts.aggregators.failed", OrganizationTexts.reason(error))))
                .executeWith(executor);
    }

    /** Lists from the start, replacing what is shown: each account, or the chosen aggregator's one query. */
    public void start() {
        if (source.get() != null && source.get().aggregator() != null) {
            startAggregator(source.get().aggregator());
            return;
        }
        Optional<AccountDirectory> directory = services.directory().get();
        RoleRule rule;
        try {
            rule = new RoleRule(roleRule.get());
        } catch (IllegalArgumentException e) {
            summary.set(e.getMessage());
            return;
        }
        if (directory.isEmpty()) {
            summary.set(texts.text("allAccounts.noSignIn"));
            waitingForSignIn = true;
            return;
        }
        List<String> targets = allRegions.get() ? List.copyOf(services.regions())
                : region.get() == null ? List.of() : List.of(region.get());
        ConnectionSettings connection = services.connection().get();
        beginRun();
        FanOutReports reports = new FanOutReports(services.inventory(), executor, merged::upsert, this::show);
        BackgroundTask.wrap(() -> {
                    services.inventory().beginRefresh();
                    directory.get().listAll(rule, targets, connection, reports);
                    services.inventory().finishRefresh();
                    return null;
                })
                .replacing(run)
                .onRunning(() -> running.set(true))
                .onFailure(error -> summary.set(texts.text("allAccounts.failed", OrganizationTexts.reason(error))))
                .onFinished(() -> {
                    reports.showWaiting(); // the last pages and statuses, before the summary
                    runFinished();
                })
                .executeWith(executor);
    }

    private void startAggregator(String aggregator) {
        ConnectionSettings connection = services.connection().get();
        String in = region.get();
        beginRun();
        Set<String> accounts = new HashSet<>();
        BackgroundTask.wrap(() -> {
                    services.inventory().beginRefresh();
                    services.aggregators().recordingConfigurations(connection, in, aggregator, page -> {
                        services.inventory().recordAggregated(page);
                        page.forEach(c -> accounts.add(c.accountId()));
                        executor.runOnUiThread(() -> merged.upsert(page.stream().map(this::aggregatedRow).toList()));
                    });
                    services.inventory().completedAccounts(accounts);
                    services.inventory().finishRefresh();
                    return accounts.size();
                })
                .replacing(run)
                .onRunning(() -> running.set(true))
                .onSuccess(count -> summary.set(texts.text("allAccounts.aggregator.summary", merged.rows().size(), count,
                        aggregator)))
                .onFailure(error -> summary.set(texts.text("allAccounts.failed", OrganizationTexts.reason(error))))
                .onFinished(this::runFinished)
                .executeWith(executor);
    }

    private OrgRow aggregatedRow(AggregatedConfiguration c) {
        return OrgRow.of(c, texts.source(Inventory.AWS_CONFIG, c.capturedAt()));
    }

    private void beginRun() {
        statusRows.clear();
        merged.reindex();
    }

    private void runFinished() {
        running.set(false);
        if (!statuses.isEmpty()) {
            summary.set(texts.summary(statuses, merged.rows().size()));
        }
        showInventory();
    }

    /** Stops listing; what was listed stays. */
    public void cancel() {
        run.cancel();
    }

    private void show(List<AccountRegionStatus> changed) {
        statusRows.show(changed);
        if (changed.stream().anyMatch(AccountRegionStatus::finished)) {
            summary.set(texts.summary(statuses, merged.rows().size()));
        }
    }

    /** The text of a status row: "Production · us-west-2 · ReadOnlyAccess: listed 12 (throttled 1, retried)". */
    public String describe(AccountRegionStatus s) {
        return texts.describe(s);
    }

    public StringProperty roleRuleProperty() { return roleRule; }
    public StringProperty regionProperty() { return region; }
    public BooleanProperty allRegionsProperty() { return allRegions; }
    public StringProperty filterProperty() { return filter; }
    public List<String> regions() { return services.regions(); }
    /** Each account, then every AWS Config aggregator found ({@link #findAggregators()}). */
    public ObservableList<ListingSource> sources() { return sources; }
    public ObjectProperty<ListingSource> sourceProperty() { return source; }
    public ObservableList<AccountRegionStatus> statuses() { return statuses; }
    public ObservableList<OrgRow> rows() { return shownRows; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** How old the inventory shown is, or why there is none. */
    public ReadOnlyStringProperty ageProperty() { return age.getReadOnlyProperty(); }
}
