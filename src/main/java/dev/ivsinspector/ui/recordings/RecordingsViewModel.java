package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.Page;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.RecordingsGateway;
import dev.ivsinspector.model.doctor.DoctorReport;
import dev.ivsinspector.model.recording.RecordingDetails;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.LatestOnly;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * The Recordings tab: what the shown configuration's channels recorded, newest first, read from its
 * bucket a page at a time; each row's metadata is read when the row is first shown, a few at once. A
 * failure is told in the tab's message line, never as a dialog: the configuration itself was fetched fine.
 */
public final class RecordingsViewModel {
    /** The first page: a screenful, so the first rows (and their reads) start after as few listings as possible. */
    static final int FIRST_PAGE = 8;
    /** Later pages, read ahead while the user scrolls. */
    public static final int PAGE = 30;
    /** Metadata reads at once: enough to fill a screen quickly without flooding the bucket. */
    static final int PARALLEL_READS = 4;

    private final IvsGateway ivs;
    private final RecordingsGateway recordings;
    private final TaskExecutor executor;
    private final ResourceBundle messages;
    private final ObservableList<RecordingRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty moreAvailable = new SimpleBooleanProperty();
    private final ObjectProperty<RecordingRow> selected = new SimpleObjectProperty<>();
    private final LatestOnly loads = new LatestOnly();
    private final DetailsQueue reads;
    private final SessionLinker sessions;
    private final RecordingActions actions;
    private final DoctorFinding doctor;
    private RecordingReader reader;
    private MergedWalk walk;
    /** Rows that are recordings (not missed sessions): counted as they come, not by going over all rows. */
    private int recordingCount;

    /** @param doctorReport the doctor's report of the configuration shown (the Doctor tab's), null until it ran */
    public RecordingsViewModel(IvsGateway ivs, RecordingsGateway recordings, TaskExecutor executor,
                               DesktopServices desktop, ResourceBundle messages, Clock clock,
                               ObservableValue<DoctorReport> doctorReport) {
        this.ivs = ivs;
        this.recordings = recordings;
        this.executor = executor;
        this.messages = messages;
        this.reads = new DetailsQueue(executor, PARALLEL_READS);
        this.sessions = new SessionLinker(recordings, executor, reads, rows, messages);
        this.actions = new RecordingActions(recordings, executor, desktop, messages, clock);
        this.doctor = new DoctorFinding(doctorReport, rows, messages);
    }

    /** Starts reading the recordings of {@code configuration}'s channels from its bucket. */
    public void show(RecordingConfiguration configuration) {
        clear();
        RecordingConfigurationArn arn = RecordingConfigurationArn.parse(configuration.arn());
        doctor.follow(configuration.arn());
        String bucket = configuration.destinationConfiguration().s3().bucketName();
        // IVS requires the bucket in the configuration's region; a bucket elsewhere answers with a redirect.
        RecordingReader newReader = new RecordingReader(recordings, arn.region(), bucket);
        Duration window = Duration.ofSeconds(configuration.recordingReconnectWindowSeconds() == null ? 0
                : configuration.recordingReconnectWindowSeconds());
        reader = newReader;
        actions.use(newReader);
        BackgroundTask.wrap(() -> firstPage(arn, newReader))
                .replacing(loads)
                .onRunning(() -> {
                    loading.set(true);
                    message.set(text("recordings.loading", bucket));
                })
                .onSuccess(first -> {
                    walk = first.walk();
                    append(first.found());
                    if (first.channels().isEmpty()) {
                        message.set(text("recordings.noChannels"));
                    }
                    sessions.start(configuration.arn(), first.channels(), window);
                })
                .onFailure(this::explain)
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    private record FirstPage(List<ChannelRef> channels, MergedWalk walk, List<RecordingRow> found) {
    }

    private FirstPage firstPage(RecordingConfigurationArn arn, RecordingReader reader) {
        List<ChannelRef> channels = new ArrayList<>();
        String token = null;
        do {
            Page<ChannelSummary> page = ivs.listChannelsUsing(arn, token);
            page.items().forEach(c -> channels.add(new ChannelRef(c.arn(), c.name())));
            token = page.nextToken();
        } while (token != null);
        Map<ChannelRef, dev.ivsinspector.model.recording.RecordingWalker> walkers = new LinkedHashMap<>();
        channels.forEach(c -> walkers.put(c, reader.walker(c.accountId(), c.id())));
        MergedWalk merged = new MergedWalk(walkers);
        return new FirstPage(channels, merged, rowsOf(merged.next(FIRST_PAGE)));
    }

    /** Reads the next page of older recordings; does nothing while a page is being read or none is left. */
    public void loadOlder() {
        MergedWalk current = walk;
        if (current == null || loading.get() || !moreAvailable.get()) {
            return;
        }
        BackgroundTask.wrap(() -> rowsOf(current.next(PAGE)))
                .replacing(loads)
                .onRunning(() -> loading.set(true))
                .onSuccess(this::append)
                .onFailure(this::explain)
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    /** Rows are made with the page, off the FX thread, which then only adds them. */
    private static List<RecordingRow> rowsOf(List<MergedWalk.Found> found) {
        return found.stream().map(f -> RecordingRow.recording(f.channel(), f.prefix())).toList();
    }

    private void append(List<RecordingRow> added) {
        rows.addAll(added);
        recordingCount += added.size();
        moreAvailable.set(!walk.isExhausted());
        int count = recordingCount;
        message.set(count == 0 ? text("recordings.none", reader.bucket())
                : text(moreAvailable.get() ? "recordings.countMore" : "recordings.count", count, reader.bucket()));
        sessions.relink(walk.isExhausted());
    }

    /** Reads a row's metadata and thumbnail list, once, while a cell shows it. */
    public void requestDetails(RecordingRow row) {
        RecordingReader current = reader;
        if (current == null || !row.claimDetailsRequest()) {
            return;
        }
        reads.submit(() -> current.details(row.prefix()), details -> {
            row.detailsProperty().set(details);
            if (details.problem() != null) {
                row.detailsProblemProperty().set(details.problem());
            }
            if (sessions.isNearSessions(row)) {
                sessions.relink(walk == null || walk.isExhausted());
            }
        }, error -> row.detailsProblemProperty().set(describe(error)),
                () -> current == reader && row.isShowing(), row::allowDetailsRequestAgain);
    }

    /** A cell shows {@code row} now: its details are wanted. */
    public void rowShown(RecordingRow row) {
        if (!row.isShowing()) {
            row.shownInCell();
        }
        requestDetails(row);
    }

    /** A cell stopped showing {@code row}: a read for it that has not started yet is dropped. */
    public void rowHidden(RecordingRow row) {
        row.leftCell();
    }

    /** Stops all reads and empties the tab (another configuration, or none). */
    public void clear() {
        loads.cancel();
        reads.clear();
        sessions.clear();
        doctor.follow(null);
        rows.clear();
        recordingCount = 0;
        walk = null;
        reader = null;
        selected.set(null);
        moreAvailable.set(false);
        loading.set(false);
        message.set("");
    }

    private void explain(Throwable error) {
        message.set(text("recordings.failed", describe(error)));
    }

    static String describe(Throwable error) {
        if (error instanceof IvsCallException call) {
            String code = call.errorCode() == null ? "" : call.errorCode() + ": ";
            String id = call.requestId() == null ? "" : Messages.format("error.requestIdSuffix", call.requestId());
            return call.operation() + " — " + code + call.getMessage() + id;
        }
        return String.valueOf(error.getMessage());
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }

    /** The reader of the bucket shown, for thumbnails; null when none is shown. */
    public RecordingReader reader() {
        return reader;
    }

    public RecordingActions actions() {
        return actions;
    }

    /** What is known about the channels' live sessions (a failure to list them), or empty. */
    public StringProperty sessionsNoteProperty() {
        return sessions.noteProperty();
    }

    public ObservableList<RecordingRow> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty moreAvailableProperty() {
        return moreAvailable;
    }

    public ObjectProperty<RecordingRow> selectedProperty() {
        return selected;
    }

    /** The selected recording's details, or null. */
    public RecordingDetails selectedDetails() {
        RecordingRow row = selected.get();
        return row == null ? null : row.detailsProperty().get();
    }
}
