package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.org.AccountDirectory;
import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.aws.org.OrganizationFanOut;
import dev.ivsinspector.aws.org.RoleRule;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.LatestOnly;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * "All accounts": every account of the sign-in (one role each, chosen by a pattern) × one region or every IVS
 * region, with a status row per account-region and the configurations found; Cancel keeps what was listed.
 */
public final class AllAccountsViewModel {

    /**
     * What it needs from the application.
     *
     * @param directory  the current sign-in's portal, if any
     * @param connection the current connection (endpoint override, call timeout)
     * @param regions    every IVS region
     */
    public record Services(Supplier<Optional<AccountDirectory>> directory, Supplier<ConnectionSettings> connection,
                           List<String> regions, ResourceBundle messages, Inventory inventory) {
    }

    private final Services services;
    private final TaskExecutor executor;
    private final LatestOnly run = new LatestOnly();
    private final LatestOnly searching = new LatestOnly();
    private final ReadOnlyStringWrapper age = new ReadOnlyStringWrapper("");
    private final StringProperty roleRule = new SimpleStringProperty(RoleRule.READ_ONLY.pattern());
    private final StringProperty region = new SimpleStringProperty();
    private final BooleanProperty allRegions = new SimpleBooleanProperty(true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<AccountRegionStatus> statuses = FXCollections.observableArrayList();
    private final Map<String, Integer> statusIndex = new HashMap<>();
    private final Map<String, Integer> rowIndex = new HashMap<>();
    private final ObservableList<OrgRow> rows = FXCollections.observableArrayList();
    private final FilteredList<OrgRow> shownRows = new FilteredList<>(rows);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public AllAccountsViewModel(Services services, TaskExecutor executor) {
        this.services = services;
        this.executor = executor;
        region.set(services.regions().contains("us-west-2") ? "us-west-2"
                : services.regions().isEmpty() ? null : services.regions().get(0));
        filter.addListener((obs, old, now) -> search(now));
    }

    /** Shows the stored inventory at once (read in the background), marked with its age. */
    public void showInventory() {
        BackgroundTask.wrap(services.inventory()::load)
                .onSuccess(this::showStored)
                .onFailure(error -> age.set(text("inventory.unreadable", error.getMessage())))
                .executeWith(executor);
    }

    private void showStored(Inventory.Snapshot snapshot) {
        if (running.get()) {
            return;
        }
        rows.setAll(snapshot.rows().stream().map(r -> OrgRow.of(r, text("inventory.mark." + r.mark().name()))).toList());
        age.set(snapshot.lastRefresh().map(at -> text("inventory.age", at.toString(), Inventory.ago(at)))
                .orElse(snapshot.rows().isEmpty() ? text("inventory.none") : ""));
        snapshot.setAside().ifPresent(file -> age.set(text("inventory.setAside", file)));
        if (!statuses.isEmpty()) {
            updateSummary();
        }
        search(filter.get());
    }

    /** Filters through the inventory's full-text index; without an inventory, by the rows' own text. */
    private void search(String text) {
        if (text == null || text.isBlank()) {
            searching.cancel();
            shownRows.setPredicate(null);
            return;
        }
        BackgroundTask.wrap(() -> services.inventory().search(text))
                .replacing(searching)
                .onSuccess(found -> shownRows.setPredicate(found.isPresent()
                        ? row -> found.get().contains(row.arn()) || row.matches(text) : row -> row.matches(text)))
                .executeWith(executor);
    }

    /** Lists from the start, replacing what is shown. */
    public void start() {
        Optional<AccountDirectory> directory = services.directory().get();
        RoleRule rule;
        try {
            rule = new RoleRule(roleRule.get());
        } catch (IllegalArgumentException e) {
            summary.set(e.getMessage());
            return;
        }
        if (directory.isEmpty()) {
            summary.set(text("allAccounts.noSignIn"));
            return;
        }
        List<String> targets = allRegions.get() ? List.copyOf(services.regions())
                : region.get() == null ? List.of() : List.of(region.get());
        ConnectionSettings connection = services.connection().get();
        statuses.clear();
        statusIndex.clear();
        rowIndex.clear();
        for (int i = 0; i < rows.size(); i++) {
            rowIndex.put(rows.get(i).arn(), i);
        }
        BackgroundTask.wrap(() -> {
                    services.inventory().beginRefresh();
                    directory.get().listAll(rule, targets, connection, new OnUiThread());
                    services.inventory().finishRefresh();
                    return null;
                })
                .replacing(run)
                .onRunning(() -> running.set(true))
                .onFailure(error -> summary.set(text("allAccounts.failed", error.getMessage())))
                .onFinished(() -> {
                    running.set(false);
                    updateSummary();
                    showInventory();
                })
                .executeWith(executor);
    }

    /** Stops listing; what was listed stays. */
    public void cancel() {
        run.cancel();
    }

    /** Reports from the fan-out's threads, applied on the UI thread in the order they came. */
    private final class OnUiThread implements OrganizationFanOut.Listener {
        @Override
        public void status(AccountRegionStatus status) {
            if (status.state() == AccountRegionStatus.State.LISTED) {
                services.inventory().completed(status.accountId(), status.region());
            }
            executor.runOnUiThread(() -> show(status));
        }

        @Override
        public void listed(AccountRegionStatus where, List<RecordingConfigurationSummary> page) {
            List<OrgRow> converted = new ArrayList<>(page.size());
            page.forEach(c -> converted.add(OrgRow.of(where.accountId(), where.accountName(), where.region(), c)));
            services.inventory().record(where.accountId(), where.accountName(), where.region(), page);
            executor.runOnUiThread(() -> upsert(converted));
        }
    }

    /** The stored rows stay shown while a refresh runs; what it lists replaces or joins them. */
    private void upsert(List<OrgRow> listed) {
        List<OrgRow> added = new ArrayList<>();
        for (OrgRow row : listed) {
            Integer at = rowIndex.get(row.arn());
            if (at == null) {
                rowIndex.put(row.arn(), rows.size() + added.size());
                added.add(row);
            } else {
                rows.set(at, row);
            }
        }
        rows.addAll(added);
    }

    private void show(AccountRegionStatus status) {
        Integer at = statusIndex.get(status.key());
        if (at == null) {
            statusIndex.put(status.key(), statuses.size());
            statuses.add(status);
        } else {
            statuses.set(at, status);
        }
        if (status.finished()) {
            updateSummary();
        }
    }

    private void updateSummary() {
        Map<AccountRegionStatus.State, Integer> counts = new HashMap<>();
        int throttled = 0;
        for (AccountRegionStatus s : statuses) {
            counts.merge(s.state(), 1, Integer::sum);
            throttled += s.throttled();
        }
        long accounts = statuses.stream().map(AccountRegionStatus::accountId).distinct().count();
        summary.set(text("allAccounts.summary", rows.size(), accounts, statuses.size(),
                counts.getOrDefault(AccountRegionStatus.State.LISTED, 0),
                counts.getOrDefault(AccountRegionStatus.State.DENIED, 0),
                counts.getOrDefault(AccountRegionStatus.State.FAILED, 0)
                        + counts.getOrDefault(AccountRegionStatus.State.NO_ROLE, 0),
                counts.getOrDefault(AccountRegionStatus.State.CANCELLED, 0), throttled));
    }

    /** The text of a status row: "Production · us-west-2 · ReadOnlyAccess: listed 12 (throttled 1, retried)". */
    public String describe(AccountRegionStatus s) {
        String where = s.accountName() + " (" + s.accountId() + ") · " + s.region()
                + (s.role().isEmpty() ? "" : " · " + s.role());
        String what = text("allAccounts.state." + s.state().name(), s.listed(), s.reason());
        return where + ": " + what + (s.throttled() > 0 ? " " + text("allAccounts.throttled", s.throttled()) : "");
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(services.messages().getString(key), args);
    }

    public StringProperty roleRuleProperty() { return roleRule; }
    public StringProperty regionProperty() { return region; }
    public BooleanProperty allRegionsProperty() { return allRegions; }
    public StringProperty filterProperty() { return filter; }
    public List<String> regions() { return services.regions(); }
    public ObservableList<AccountRegionStatus> statuses() { return statuses; }
    public ObservableList<OrgRow> rows() { return shownRows; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** How old the inventory shown is, or why there is none. */
    public ReadOnlyStringProperty ageProperty() { return age.getReadOnlyProperty(); }
}
