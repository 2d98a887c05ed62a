package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.connection.AwsProfile;
import dev.ivsinspector.aws.org.AccountDirectory;
import dev.ivsinspector.aws.org.AccountRole;
import dev.ivsinspector.aws.org.OrganizationAccess;
import dev.ivsinspector.aws.org.RoleSession;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.LatestOnly;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The account picker of an SSO sign-in: every account and role the portal lists, searchable by name, id,
 * e-mail and role; choosing one gets its credentials and hands them to the connection. The last choice per
 * sign-in is taken again by itself after the next sign-in.
 */
public final class AccountPickerViewModel {

    /** What the picker needs from the application. */
    public record Services(OrganizationAccess access, AccountChoiceMemory memory, ResourceBundle messages) {
    }

    private final Services services;
    private final TaskExecutor executor;
    private final LatestOnly listing = new LatestOnly();
    private final LatestOnly opening = new LatestOnly();
    private final ObservableList<AccountRole> all = FXCollections.observableArrayList();
    private final FilteredList<AccountRole> shown = new FilteredList<>(all);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<AccountRole> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper reachable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chosen = new ReadOnlyStringWrapper("");
    private AccountDirectory directory;
    private String startUrl;
    private Consumer<RoleSession> onChosen = session -> { };
    private boolean restoreRemembered;
    private boolean askToShow;
    private final ReadOnlyBooleanWrapper showRequested = new ReadOnlyBooleanWrapper();

    public AccountPickerViewModel(Services services, TaskExecutor executor) {
        this.services = services;
        this.executor = executor;
        query.addListener((obs, old, now) -> {
            shown.setPredicate(row -> row.matches(now));
            showCount();
        });
    }

    /**
     * Offers the accounts of {@code profile}'s sign-in and lists them at once; the remembered choice, if the
     * portal still lists it, is taken by itself.
     */
    public void offer(AwsProfile profile, ConnectionSettings connection, Consumer<RoleSession> whenChosen) {
        offer(profile, connection, whenChosen, false);
    }

    /** @param justSignedIn asks for the picker to be shown when nothing remembered can be taken */
    public void offer(AwsProfile profile, ConnectionSettings connection, Consumer<RoleSession> whenChosen,
                      boolean justSignedIn) {
        withdraw();
        askToShow = justSignedIn;
        startUrl = profile.ssoStartUrl();
        onChosen = whenChosen;
        available.set(true);
        restoreRemembered = true;
        BackgroundTask.wrap(() -> services.access().directory(profile, connection))
                .replacing(listing)
                .onSuccess(opened -> {
                    directory = opened;
                    refresh();
                })
                .onFailure(this::listingFailed)
                .executeWith(executor);
    }

    /** Hides the picker, e.g. when another profile is chosen. */
    public void withdraw() {
        listing.cancel();
        opening.cancel();
        if (directory != null) {
            directory.close();
            directory = null;
        }
        available.set(false);
        reachable.set(false);
        showRequested.set(false);
        busy.set(false);
        all.clear();
        chosen.set("");
        status.set("");
    }

    /** Lists the accounts and roles again. */
    public void refresh() {
        AccountDirectory from = directory;
        if (from == null) {
            return;
        }
        BackgroundTask.wrap(from::accountRoles)
                .replacing(listing)
                .onRunning(() -> {
                    busy.set(true);
                    status.set(text("accounts.status.loading"));
                })
                .onSuccess(this::listed)
                .onFailure(this::listingFailed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Gets credentials for {@code role} and makes it the connection's. */
    public void choose(AccountRole role) {
        AccountDirectory from = directory;
        if (role == null || from == null) {
            return;
        }
        BackgroundTask.wrap(() -> from.open(role))
                .replacing(opening)
                .onRunning(() -> {
                    busy.set(true);
                    status.set(text("accounts.status.opening", role.label()));
                })
                .onSuccess(session -> {
                    services.memory().remember(startUrl, role);
                    chosen.set(role.label());
                    status.set(text("accounts.status.using", role.label()));
                    onChosen.accept(session);
                })
                .onFailure(error -> status.set(text("accounts.status.openFailed", role.label(), reason(error))))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private void listed(List<AccountRole> rows) {
        all.setAll(rows);
        reachable.set(true);
        showCount();
        if (restoreRemembered) {
            restoreRemembered = false;
            var remembered = services.memory().last(startUrl).flatMap(last -> rows.stream()
                    .filter(r -> r.accountId().equals(last[0]) && r.roleName().equals(last[1])).findFirst());
            remembered.ifPresent(row -> {
                selected.set(row);
                choose(row);
            });
            if (remembered.isEmpty() && askToShow) {
                showRequested.set(true);
            }
        }
    }

    private void listingFailed(Throwable error) {
        busy.set(false);
        reachable.set(false);
        status.set(text("accounts.status.failed", reason(error)));
    }

    private void showCount() {
        long accounts = all.stream().map(AccountRole::accountId).distinct().count();
        status.set(shown.size() == all.size() ? text("accounts.status.loaded", all.size(), accounts)
                : text("accounts.status.shown", shown.size(), all.size()));
    }

    private static String reason(Throwable error) {
        if (error instanceof IvsCallException call && call.requestId() != null) {
            return call.getMessage() + Messages.format("error.requestIdSuffix", call.requestId());
        }
        return error.getMessage();
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(services.messages().getString(key), args);
    }

    /** What the connection bar says while the demo organization waits for an account. */
    public String demoIdentity() {
        return text("accounts.demo.identity");
    }

    /** Turns true when the picker should be shown by itself: after a sign-in with nothing to take again. */
    public ReadOnlyBooleanProperty showRequestedProperty() { return showRequested.getReadOnlyProperty(); }
    /** The picker was shown. */
    public void shown() { showRequested.set(false); }

    /** The sign-in's portal while one is offered, for listing all of its accounts. */
    public java.util.Optional<AccountDirectory> directory() { return java.util.Optional.ofNullable(directory); }

    public ObservableList<AccountRole> rows() { return shown; }
    public StringProperty queryProperty() { return query; }
    public ObjectProperty<AccountRole> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** True once the portal answered with the sign-in's accounts: its token is valid, the accounts can be listed. */
    public ReadOnlyBooleanProperty reachableProperty() { return reachable.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The label of the account and role in use, or empty. */
    public ReadOnlyStringProperty chosenProperty() { return chosen.getReadOnlyProperty(); }
}
