package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.Page;
import dev.ivsinspector.aws.PagingGuard;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.ErrorMessages;
import dev.ivsinspector.ui.common.LatestOnly;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;

/**
 * "Used by channels": every channel whose recordingConfigurationArn is the configuration shown, all pages of
 * ListChannels with the server-side filter. A failure here is shown in place, not as a dialog: the
 * configuration itself was fetched fine.
 */
public final class ChannelsViewModel {

    private final IvsGateway gateway;
    private final TaskExecutor executor;
    private final ObservableList<ChannelRow> channels = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final LatestOnly listing = new LatestOnly();
    /** Why the last listing stopped before its last page, or "" (see PagingGuard). */
    private volatile String stopNote = "";

    public ChannelsViewModel(IvsGateway gateway, TaskExecutor executor) {
        this.gateway = gateway;
        this.executor = executor;
    }

    public void load(RecordingConfigurationArn arn) {
        clear();
        BackgroundTask.wrap(() -> listAll(arn))
                .replacing(listing)
                .onRunning(() -> {
                    loading.set(true);
                    message.set(Messages.text("channels.listing"));
                })
                .onSuccess(rows -> {
                    channels.setAll(rows);
                    message.set(Messages.format("channels.count", channels.size()));
                    message.set(message.get() + stopNote);
                })
                .onFailure(error -> message.set(Messages.format("channels.failed", ErrorMessages.reasonOf(error))))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    private List<ChannelRow> listAll(RecordingConfigurationArn arn) {
        List<ChannelRow> rows = new ArrayList<>();
        String token = null;
        PagingGuard guard = new PagingGuard("ListChannels");
        do {
            Page<ChannelSummary> page = gateway.listChannelsUsing(arn, token);
            page.items().forEach(c -> rows.add(ChannelRow.of(c)));
            token = guard.next(page.nextToken());
        } while (token != null && !Thread.currentThread().isInterrupted());
        stopNote = guard.stopReason().map(why -> " " + Messages.format("channels.stopped", why.getMessage())).orElse("");
        return rows;
    }

    public void clear() {
        listing.cancel();
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
