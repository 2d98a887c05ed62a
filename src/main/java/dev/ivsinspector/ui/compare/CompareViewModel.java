package dev.ivsinspector.ui.compare;

import dev.ivsinspector.model.DisplayText;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.model.ConfigurationDiff;
import dev.ivsinspector.model.ConfigurationDiff.Row;
import dev.ivsinspector.ui.common.BackgroundRunner;
import java.util.List;
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
import javafx.concurrent.Task;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * Two configurations side by side: fetches both (each from its own region), aligns every member by JSON
 * path and can hide the members that are equal. Problems are shown in the window's message line; a
 * comparison is something users do on purpose and look at, no dialog needed.
 */
public final class CompareViewModel {

    private final IvsGateway gateway;
    private final BackgroundRunner runner;
    private final ObservableList<String> choices;
    private final StringProperty leftArn = new SimpleStringProperty("");
    private final StringProperty rightArn = new SimpleStringProperty("");
    private final BooleanProperty onlyDifferences = new SimpleBooleanProperty();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> visibleRows = new FilteredList<>(rows);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Pick two configurations and press Compare.");
    private Task<List<Row>> running;

    /** @param choices ARNs to offer in both fields (history, samples, browsed configurations) */
    public CompareViewModel(IvsGateway gateway, BackgroundRunner runner, ObservableList<String> choices) {
        this.gateway = gateway;
        this.runner = runner;
        this.choices = choices;
        onlyDifferences.addListener((obs, old, only) -> visibleRows.setPredicate(only ? Row::differs : null));
    }

    public void compare() {
        RecordingConfigurationArn left;
        RecordingConfigurationArn right;
        try {
            left = RecordingConfigurationArn.parse(leftArn.get());
        } catch (IllegalArgumentException e) {
            message.set("Left: " + e.getMessage());
            return;
        }
        try {
            right = RecordingConfigurationArn.parse(rightArn.get());
        } catch (IllegalArgumentException e) {
            message.set("Right: " + e.getMessage());
            return;
        }
        if (running != null) {
            running.cancel(true);
        }
        Task<List<Row>> task = new Task<>() {
            @Override
            protected List<Row> call() {
                RecordingConfiguration l = gateway.getRecordingConfiguration(left).recordingConfiguration();
                RecordingConfiguration r = gateway.getRecordingConfiguration(right).recordingConfiguration();
                return ConfigurationDiff.compare(l, r);
            }
        };
        task.setOnSucceeded(e -> finish(task, () -> {
            rows.setAll(task.getValue());
            long differences = ConfigurationDiff.differences(rows);
            message.set(differences == 0 ? "The two configurations are identical."
                    : differences == 1 ? "1 member differs." : differences + " members differ.");
        }));
        task.setOnFailed(e -> finish(task, () -> {
            rows.clear();
            Throwable error = task.getException();
            String reason = error instanceof IvsCallException ivs && ivs.errorCode() != null
                    ? ivs.errorCode() + ": " + DisplayText.shown(ivs.getMessage()) : DisplayText.shown(String.valueOf(error.getMessage()));
            message.set("Could not compare: " + reason);
        }));
        running = task;
        busy.set(true);
        message.set("Fetching both configurations…");
        runner.run(task);
    }

    /** Puts the left configuration on the right and the other way round. */
    public void swap() {
        String left = leftArn.get();
        leftArn.set(rightArn.get());
        rightArn.set(left);
        if (!rows.isEmpty()) {
            compare();
        }
    }

    private void finish(Task<List<Row>> task, Runnable outcome) {
        if (task == running) {
            running = null;
            busy.set(false);
            outcome.run();
        }
    }

    public ObservableList<String> choices() {
        return choices;
    }

    public StringProperty leftArnProperty() {
        return leftArn;
    }

    public StringProperty rightArnProperty() {
        return rightArn;
    }

    public BooleanProperty onlyDifferencesProperty() {
        return onlyDifferences;
    }

    /** Every aligned member, or only the differing ones. */
    public ObservableList<Row> rows() {
        return visibleRows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
