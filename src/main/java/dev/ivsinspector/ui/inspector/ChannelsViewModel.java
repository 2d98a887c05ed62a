package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.DisplayText;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.Page;
import dev.ivsinspector.aws.PagingGuard;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.ui.common.BackgroundRunner;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;

/**
 * "Used by channels": every channel whose recordingConfigurationArn is the configuration shown, all pages of
 * ListChannels with the server-side filter. A failure here is shown in place, not as a dialog: the
 * configuration itself was fetched fine.
 */
public final class ChannelsViewModel {

    private final IvsGateway gateway;
    private final BackgroundRunner runner;
    private final ObservableList<ChannelRow> channels = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Task<List<ChannelRow>> running;
    /** Why the last listing stopped before its last page, or "" (see PagingGuard). */
    private volatile String stopNote = "";

    public ChannelsViewModel(IvsGateway gateway, BackgroundRunner runner) {
        this.gateway = gateway;
        this.runner = runner;
    }

    public void load(RecordingConfigurationArn arn) {
        clear();
        Task<List<ChannelRow>> task = new Task<>() {
            @Override
            protected List<ChannelRow> call() {
                List<ChannelRow> rows = new ArrayList<>();
                String token = null;
                PagingGuard guard = new PagingGuard("ListChannels");
                do {
                    Page<ChannelSummary> page = gateway.listChannelsUsing(arn, token);
                    page.items().forEach(c -> rows.add(ChannelRow.of(c)));
                    token = guard.next(page.nextToken());
                } while (token != null && !isCancelled());
                stopNote = guard.stopReason().map(why -> " Listing " + why.getMessage()).orElse("");
                return rows;
            }
        };
        task.setOnSucceeded(e -> {
            if (task == running) {
                running = null;
                loading.set(false);
                channels.setAll(task.getValue());
                message.set(channels.isEmpty() ? "No channel uses this configuration."
                        : channels.size() == 1 ? "1 channel uses this configuration."
                        : channels.size() + " channels use this configuration.");
                message.set(message.get() + stopNote);
            }
        });
        task.setOnFailed(e -> {
            if (task == running) {
                running = null;
                loading.set(false);
                Throwable error = task.getException();
                String reason = error instanceof IvsCallException ivs && ivs.errorCode() != null
                        ? ivs.errorCode() + ": " + DisplayText.shown(ivs.getMessage()) : DisplayText.shown(String.valueOf(error.getMessage()));
                message.set("The channels could not be listed (ivs:ListChannels). " + reason);
            }
        });
        running = task;
        loading.set(true);
        message.set("Listing the channels that use this configuration…");
        runner.run(task);
    }

    public void clear() {
        if (running != null) {
            running.cancel(true);
            running = null;
        }
        loading.set(false);
        channels.clear();
        message.set("");
    }

    public ObservableList<ChannelRow> channels() {
        return channels;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
