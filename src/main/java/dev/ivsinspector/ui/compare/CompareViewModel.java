package dev.ivsinspector.ui.compare;

import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.model.ConfigurationDiff;
import dev.ivsinspector.model.ConfigurationDiff.Row;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.model.DisplayText;
import dev.ivsinspector.ui.common.ErrorMessages;
import dev.ivsinspector.ui.common.LatestOnly;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.TaskExecutor;
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
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * Two configurations side by side: fetches both (each from its own region), aligns every member by JSON
 * path and can hide the members that are equal. Problems are shown in the window's message line; a
 * comparison is something users do on purpose and look at, no dialog needed.
 */
public final class CompareViewModel {

    private final IvsGateway gateway;
    private final TaskExecutor executor;
    private final ObservableList<String> choices;
    private final StringProperty leftArn = new SimpleStringProperty("");
    private final StringProperty rightArn = new SimpleStringProperty("");
    private final BooleanProperty onlyDifferences = new SimpleBooleanProperty();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> visibleRows = new FilteredList<>(rows);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(Messages.text("compare.status.start"));
    private final LatestOnly comparing = new LatestOnly();

    /** @param choices ARNs to offer in both fields (history, samples, browsed configurations) */
    public CompareViewModel(IvsGateway gateway, TaskExecutor executor, ObservableList<String> choices) {
        this.gateway = gateway;
        this.executor = executor;
        this.choices = choices;
        onlyDifferences.addListener((obs, old, only) -> visibleRows.setPredicate(only ? Row::differs : null));
    }

    public void compare() {
        RecordingConfigurationArn left;
        RecordingConfigurationArn right;
        try {
            left = RecordingConfigurationArn.parse(leftArn.get());
        } catch (IllegalArgumentException e) {
            message.set(Messages.format("compare.status.left", DisplayText.shown(e.getMessage())));
            return;
        }
        try {
            right = RecordingConfigurationArn.parse(rightArn.get());
        } catch (IllegalArgumentException e) {
            message.set(Messages.format("compare.status.right", DisplayText.shown(e.getMessage())));
            return;
        }
        BackgroundTask.wrap(() -> ConfigurationDiff.compare(fetch(left), fetch(right)))
                .replacing(comparing)
                .onRunning(() -> {
                    busy.set(true);
                    message.set(Messages.text("compare.status.fetching"));
                })
                .onSuccess(diff -> {
                    rows.setAll(diff);
                    long differences = ConfigurationDiff.differences(rows);
                    message.set(Messages.format("compare.status.differences", differences));
                })
                .onFailure(error -> {
                    rows.clear();
                    message.set(Messages.format("compare.status.failed", ErrorMessages.reasonOf(error)));
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private RecordingConfiguration fetch(RecordingConfigurationArn arn) {
        return gateway.getRecordingConfiguration(arn).recordingConfiguration();
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
