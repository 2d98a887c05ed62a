package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.model.ResponseTree;
import dev.ivsinspector.model.TreeFilter;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.DialogService;
import dev.ivsinspector.ui.common.ErrorMessages;
import dev.ivsinspector.ui.common.ErrorRecovery;
import dev.ivsinspector.ui.common.LatestOnly;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * State and commands of the inspector: the ARN being typed, the fetched configuration as a tree, the
 * selected node, busy state and errors. All properties change on the FX thread only; the call itself runs
 * as a {@link BackgroundTask} on the given executor.
 */
public final class InspectorViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(InspectorViewModel.class);

    /** How long the app waits between re-fetches of a CREATING configuration, backing off; the last repeats. */
    public static final List<Duration> DEFAULT_POLL_DELAYS = StatePoller.DEFAULT_DELAYS;

    private final IvsGateway gateway;
    private final ResponseTree responseTree;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ErrorMessages errorMessages;

    private final StringProperty arnText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper arnProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.text("inspector.status.start"));
    private final ReadOnlyObjectWrapper<List<PropertyNode>> nodes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper shownArn = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<RecordingConfiguration> shownConfiguration = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<PropertyNode> selectedNode = new SimpleObjectProperty<>();
    private final ObservableList<String> suggestedArns = FXCollections.observableArrayList();

    private final ReadOnlyBooleanWrapper polling = new ReadOnlyBooleanWrapper();
    private final ChannelsViewModel channels;
    private final StatePoller poller;
    private final JsonViewModel json;
    private final RowActions rowActions;
    private final InsightsViewModel insights;
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<PropertyNode>> visibleNodes = new ReadOnlyObjectWrapper<>(List.of());

    private final LatestOnly fetches = new LatestOnly();
    private ErrorRecovery recovery = ErrorRecovery.NONE;

    /** What one fetch produced: the tree to show and the state that decides whether to poll. */
    private record Fetched(List<PropertyNode> nodes, RecordingConfiguration configuration) {
    }

    /** @param pollDelays the waits between re-fetches of a CREATING configuration; the last one repeats */
    public InspectorViewModel(IvsGateway gateway, ResponseTree responseTree, TaskExecutor executor,
                              DialogService dialogs, ErrorMessages errorMessages, DesktopServices desktop,
                              List<Duration> pollDelays) {
        this.json = new JsonViewModel(shownConfiguration.getReadOnlyProperty(), desktop, executor);
        this.rowActions = new RowActions(shownConfiguration.getReadOnlyProperty(), selectedNode, desktop);
        visibleNodes.bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> TreeFilter.apply(nodes.get(), filterText.get()), nodes, filterText));
        this.channels = new ChannelsViewModel(gateway, executor);
        this.insights = new InsightsViewModel(shownConfiguration.getReadOnlyProperty(), channels.channels());
        this.poller = new StatePoller(executor, pollDelays);
        this.gateway = gateway;
        this.responseTree = responseTree;
        this.executor = executor;
        this.dialogs = dialogs;
        this.errorMessages = errorMessages;
        // A stale message under the field would be wrong as soon as the user edits the ARN.
        arnText.addListener((obs, old, now) -> arnProblem.set(null));
    }

    /**
     * Validates the ARN and, when valid, fetches it in the background from the ARN's own region. A fetch
     * already running is cancelled and its answer ignored: the newest request always wins.
     */
    public void fetch() {
        poller.stop();
        polling.set(false);
        RecordingConfigurationArn arn;
        try {
            arn = RecordingConfigurationArn.parse(arnText.get());
        } catch (IllegalArgumentException invalid) {
            arnProblem.set(invalid.getMessage());
            status.set(Messages.text("inspector.status.invalidArn"));
            return;
        }
        arnProblem.set(null);
        start(arn, false);
    }

    /** Shows a configuration picked elsewhere (browse, history) as if its ARN had been typed. */
    public void open(String arn) {
        arnText.set(arn);
        fetch();
    }

    /** @param poll true for a re-fetch of a CREATING configuration: its channels are not listed again */
    private void start(RecordingConfigurationArn arn, boolean poll) {
        BackgroundTask.wrap(() -> fetchTree(arn))
                .replacing(fetches)
                .onRunning(() -> {
                    busy.set(true);
                    status.set(Messages.format("inspector.status.fetching", arn.resourceId(), arn.region()));
                })
                .onSuccess(result -> show(arn, result, poll))
                .onFailure(error -> fail(arn, error))
                .onCancelled(() -> status.set(Messages.text("inspector.status.cancelled")))
                .onFinished(() -> busy.set(false))
                // What the user asked for never waits behind start-up's background work.
                .atOnce()
                .executeWith(executor);
    }

    private Fetched fetchTree(RecordingConfigurationArn arn) {
        RecordingConfiguration configuration = withTags(arn,
                gateway.getRecordingConfiguration(arn).recordingConfiguration());
        List<PropertyNode> tree = responseTree.build(
                GetRecordingConfigurationResponse.builder().recordingConfiguration(configuration).build());
        return new Fetched(tree, configuration);
    }

    /** Fetches the configuration shown again, e.g. to see a state change. */
    public void refetch() {
        if (shownArn.get() != null) {
            arnText.set(shownArn.get());
        }
        fetch();
    }

    /** Stops the running fetch; the UI is idle at once even if the network call takes a moment to abort. */
    public void cancel() {
        poller.stop();
        polling.set(false);
        fetches.cancel();
    }

    /**
     * GetRecordingConfiguration returns tags today; should a response come without them, ListTagsForResource
     * fills them in. A failure there costs only the tags, never the configuration.
     */
    private RecordingConfiguration withTags(RecordingConfigurationArn arn, RecordingConfiguration configuration) {
        if (configuration.hasTags()) {
            return configuration;
        }
        try {
            Map<String, String> tags = gateway.tags(arn);
            return tags.isEmpty() ? configuration : configuration.toBuilder().tags(tags).build();
        } catch (IvsCallException e) {
            LOG.info("Tags of {} could not be listed: {}", arn, e.kind());
            return configuration;
        }
    }

    private void show(RecordingConfigurationArn arn, Fetched result, boolean poll) {
        nodes.set(result.nodes());
        shownArn.set(arn.value());
        shownConfiguration.set(result.configuration());
        selectedNode.set(null);
        if (!poll) {
            channels.load(arn);
        }
        if ("CREATING".equals(result.configuration().stateAsString())) {
            polling.set(true);
            status.set(Messages.format("inspector.status.creating", arn.value()));
            poller.scheduleNext(() -> start(arn, true));
        } else {
            poller.stop();
            polling.set(false);
            status.set(Messages.format("inspector.status.showing", arn.value()));
        }
    }

    private void fail(RecordingConfigurationArn arn, Throwable error) {
        IvsCallException failure = error instanceof IvsCallException e ? e
                : new IvsCallException(ErrorKind.UNEXPECTED, "GetRecordingConfiguration", String.valueOf(error.getMessage()),
                null, 0, null, error);
        if (failure.kind() == ErrorKind.CANCELLED) {
            status.set(Messages.text("inspector.status.cancelled"));
            return;
        }
        // The tree would otherwise go on showing another configuration under an ARN that just failed.
        poller.stop();
        polling.set(false);
        channels.clear();
        nodes.set(List.of());
        shownArn.set(null);
        shownConfiguration.set(null);
        selectedNode.set(null);
        var report = errorMessages.describe(failure, arn.value(), arn.region())
                .withActions(recovery.actionsFor(failure.kind(), () -> open(arn.value())));
        status.set(Messages.format("inspector.status.failed", report.title(), arn.value()));
        dialogs.showError(report);
    }

    public StringProperty arnTextProperty() {
        return arnText;
    }

    public ReadOnlyStringProperty arnProblemProperty() {
        return arnProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<PropertyNode>> nodesProperty() {
        return nodes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shownArnProperty() {
        return shownArn.getReadOnlyProperty();
    }

    public ObjectProperty<PropertyNode> selectedNodeProperty() {
        return selectedNode;
    }

    /** Lets the connection offer fixes (sign in, demo account) in error dialogs. */
    public void setErrorRecovery(ErrorRecovery recovery) {
        this.recovery = recovery;
    }

    public ReadOnlyBooleanProperty pollingProperty() {
        return polling.getReadOnlyProperty();
    }

    /** The configuration shown, as the SDK returned it (with tags filled in); null when none. */
    public ReadOnlyObjectProperty<RecordingConfiguration> shownConfigurationProperty() { return shownConfiguration.getReadOnlyProperty(); }

    /** Text that narrows the tree to matching rows and their ancestors; empty shows everything. */
    public StringProperty filterTextProperty() { return filterText; }

    /** The tree as shown: all nodes, or those the filter keeps. */
    public ReadOnlyObjectProperty<List<PropertyNode>> visibleNodesProperty() { return visibleNodes.getReadOnlyProperty(); }

    public InsightsViewModel insights() { return insights; }

    public RowActions rowActions() { return rowActions; }

    public JsonViewModel json() { return json; }

    public ChannelsViewModel channels() {
        return channels;
    }

    public ObservableList<String> suggestedArns() {
        return suggestedArns;
    }
}
