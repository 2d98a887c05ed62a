package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.DisplayText;
import dev.ivsinspector.store.FetchHistory;
import dev.ivsinspector.store.HistoryEntry;
import dev.ivsinspector.store.HistoryStore;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * Fetched and pinned ARNs, offered in the ARN field's drop-down before the demo samples. Every configuration
 * shown is recorded; the star pins the one shown. The file is written in the background from a snapshot
 * taken on the FX thread, one write at a time, so an older snapshot never lands after a newer one.
 */
public final class HistoryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryViewModel.class);

    private final ObservableValue<RecordingConfiguration> shown;
    private final ObservableList<String> samples;
    private final HistoryStore store;
    private final TaskExecutor executor;
    private final Clock clock;
    private final FetchHistory history;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper shownPinned = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper();
    private boolean saving;
    private boolean saveFailureShown;
    /** The newest snapshot that waits for the write in progress; null when none waits. */
    private List<HistoryEntry> unsaved;

    /** @param store the history file, or null to keep the history in memory only */
    public HistoryViewModel(ObservableValue<RecordingConfiguration> shown, ObservableList<String> samples,
                            HistoryStore store, TaskExecutor executor, Clock clock) {
        this.shown = shown;
        this.samples = samples;
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.history = new FetchHistory(store == null ? List.of() : store.load());
        warning.set(store == null ? null : store.warning());
        shown.addListener((obs, old, configuration) -> {
            if (configuration != null) {
                history.recordFetch(configuration.arn(), nameOf(configuration), clock.instant());
                changed();
            } else {
                update();
            }
        });
        samples.addListener((Observable o) -> update());
        update();
    }

    /** Pins the configuration shown, or unpins it when it is pinned. */
    public void togglePin() {
        RecordingConfiguration configuration = shown.getValue();
        if (configuration != null) {
            boolean pinned = history.find(configuration.arn()).map(HistoryEntry::pinned).orElse(false);
            history.setPinned(configuration.arn(), nameOf(configuration), !pinned, clock.instant());
            changed();
        }
    }

    /** How an ARN reads in the drop-down: a star for favourites, the name when known. */
    public String label(String arn) {
        Optional<HistoryEntry> entry = history.find(arn);
        if (entry.isEmpty()) {
            return samples.contains(arn) ? Messages.format("history.sample", arn) : arn;
        }
        String name = entry.get().name().isEmpty() ? "" : DisplayText.shown(entry.get().name()) + "  ·  ";
        return (entry.get().pinned() ? "★ " : "") + name + arn;
    }

    public List<HistoryEntry> entries() {
        return history.entries();
    }

    /** Pinned, then recent, then the samples; each ARN once. */
    public ObservableList<String> choices() {
        return choices;
    }

    public ReadOnlyBooleanProperty shownPinnedProperty() {
        return shownPinned.getReadOnlyProperty();
    }

    /** Why the history started empty (a corrupted file was set aside); null normally. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    private void changed() {
        update();
        if (store != null) {
            save(history.entries());
        }
    }

    /** In the warning line under the ARN field, once: a failing disk must not nag on every fetch. */
    private void showSaveFailureOnce(Throwable e) {
        LOG.warn("The history could not be saved to {}: {}", store.file(), e.toString());
        if (!saveFailureShown) {
            saveFailureShown = true;
            showStorageProblem(Messages.format("history.saveFailed", store.file(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /**
     * A file of the app's own that could not be saved (history, preferences), in the warning line under the
     * ARN field; a line already there stays, so the first problem is the one shown.
     */
    public void showStorageProblem(String text) {
        if (warning.get() == null || warning.get().isEmpty()) {
            warning.set(text);
        }
    }

    private void save(List<HistoryEntry> snapshot) {
        if (saving) {
            unsaved = snapshot;
            return;
        }
        saving = true;
        BackgroundTask.wrap(() -> store.save(snapshot))
                .onFailure(this::showSaveFailureOnce)
                .onFinished(() -> {
                    saving = false;
                    List<HistoryEntry> next = unsaved;
                    unsaved = null;
                    if (next != null) {
                        save(next);
                    }
                })
                .executeWith(executor);
    }

    private void update() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        history.entries().forEach(e -> all.add(e.arn()));
        all.addAll(samples);
        choices.setAll(new ArrayList<>(all));
        RecordingConfiguration configuration = shown.getValue();
        shownPinned.set(configuration != null
                && history.find(configuration.arn()).map(HistoryEntry::pinned).orElse(false));
    }

    private static String nameOf(RecordingConfiguration configuration) {
        return configuration.name() == null ? "" : configuration.name();
    }
}
