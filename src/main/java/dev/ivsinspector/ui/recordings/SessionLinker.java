package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.aws.Page;
import dev.ivsinspector.aws.RecordingsGateway;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import software.amazon.awssdk.services.ivs.model.StreamEvent;
import software.amazon.awssdk.services.ivs.model.StreamSession;
import software.amazon.awssdk.services.ivs.model.StreamSessionSummary;

/**
 * Puts the channels' live sessions beside the recordings: each recording learns the sessions it was made
 * from, and a session that ran with this configuration but left no recording becomes a row of its own,
 * with what its events say (GetStreamSession) about why.
 */
final class SessionLinker {
    /** ListStreamSessions pages read per channel: the recent sessions are what can be checked. */
    private static final int MAX_PAGES = 2;

    private final RecordingsGateway gateway;
    private final TaskExecutor executor;
    private final DetailsQueue reads;
    private final ObservableList<RecordingRow> rows;
    private final ResourceBundle messages;
    private final StringProperty note = new SimpleStringProperty("");
    private final Map<ChannelRef, List<RecordingRow.Session>> sessions = new LinkedHashMap<>();
    private final Set<String> checked = new HashSet<>();
    private String configurationArn;
    private Duration window = Duration.ZERO;
    private int generation;
    private boolean allLoaded;
    /** The start of the oldest session known, or null while none is. */
    private Instant earliest;

    SessionLinker(RecordingsGateway gateway, TaskExecutor executor, DetailsQueue reads,
                  ObservableList<RecordingRow> rows, ResourceBundle messages) {
        this.gateway = gateway;
        this.executor = executor;
        this.reads = reads;
        this.rows = rows;
        this.messages = messages;
    }

    void start(String configurationArn, List<ChannelRef> channels, Duration reconnectWindow) {
        this.configurationArn = configurationArn;
        this.window = reconnectWindow;
        int startedIn = generation;
        for (ChannelRef channel : channels) {
            BackgroundTask.wrap(() -> list(channel))
                    .onSuccess(list -> {
                        if (startedIn == generation) {
                            sessions.put(channel, list);
                            list.stream().map(RecordingRow.Session::start)
                                    .filter(start -> earliest == null || start.isBefore(earliest))
                                    .min(Instant::compareTo).ifPresent(start -> earliest = start);
                            relink(allLoaded);
                        }
                    })
                    .onFailure(error -> {
                        if (startedIn == generation) {
                            note.set(MessageFormat.format(messages.getString("recordings.sessionsFailed"),
                                    channel.label(), RecordingsViewModel.describe(error)));
                        }
                    })
                    .executeWith(executor);
        }
    }

    private List<RecordingRow.Session> list(ChannelRef channel) {
        List<RecordingRow.Session> list = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<StreamSessionSummary> page = gateway.listStreamSessions(channel.arn(), token);
            page.items().forEach(s -> list.add(new RecordingRow.Session(s.streamId(), s.startTime(), s.endTime(),
                    Boolean.TRUE.equals(s.hasErrorEvent()))));
            token = page.nextToken();
        } while (token != null && ++pages < MAX_PAGES);
        return list;
    }

    /** True when {@code row} may have made one of the sessions known: only then can its details change a match. */
    boolean isNearSessions(RecordingRow row) {
        return earliest != null && !row.isMissedSession() && !row.prefix().startMinute().isBefore(oldestCandidate());
    }

    /** Recordings that started before this cannot contain a known session (IVS starts a new one after 48 h). */
    private Instant oldestCandidate() {
        return earliest.minus(Duration.ofHours(48)).minus(window);
    }

    /** Matches again; call when rows or their details arrive. Looks only at rows as old as the sessions. */
    void relink(boolean everyRecordingLoaded) {
        this.allLoaded = everyRecordingLoaded;
        if (earliest == null) {
            return;
        }
        Instant horizon = everyRecordingLoaded ? Instant.MIN : oldestLoaded();
        List<RecordingRow> candidates = new ArrayList<>();
        Instant bound = oldestCandidate();
        // Rows are newest first: stop at the first one older than any session could need.
        for (RecordingRow row : rows) {
            if (!row.isMissedSession()) {
                if (row.prefix().startMinute().isBefore(bound)) {
                    break;
                }
                candidates.add(row);
            }
        }
        for (Map.Entry<ChannelRef, List<RecordingRow.Session>> entry : sessions.entrySet()) {
            List<RecordingRow> ofChannel = candidates.stream().filter(r -> r.channel().equals(entry.getKey())).toList();
            SessionMatcher.Result result = SessionMatcher.match(ofChannel, entry.getValue(), window, horizon);
            for (RecordingRow row : ofChannel) {
                row.sessionsProperty().set(List.copyOf(result.matched().getOrDefault(row, List.of())));
            }
            result.unmatched().forEach(session -> check(entry.getKey(), session));
        }
    }

    private Instant oldestLoaded() {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!rows.get(i).isMissedSession()) {
                return rows.get(i).prefix().startMinute();
            }
        }
        return Instant.MAX;
    }

    /** Asks IVS what happened in a session no recording accounts for. */
    private void check(ChannelRef channel, RecordingRow.Session session) {
        if (!checked.add(session.streamId())) {
            return;
        }
        int startedIn = generation;
        reads.submit(() -> gateway.getStreamSession(channel.arn(), session.streamId()), found -> {
            if (startedIn == generation && shouldHaveRecorded(found)) {
                RecordingRow missed = RecordingRow.missed(channel, session);
                missed.missedReasonProperty().set(reason(found.truncatedEvents()));
                insertByTime(missed);
            }
        }, error -> note.set(MessageFormat.format(messages.getString("recordings.sessionsFailed"), channel.label(),
                RecordingsViewModel.describe(error))), () -> startedIn == generation);
    }

    private boolean shouldHaveRecorded(StreamSession session) {
        boolean withThisConfiguration = session.recordingConfiguration() != null
                && Objects.equals(session.recordingConfiguration().arn(), configurationArn);
        boolean recorded = session.truncatedEvents().stream().anyMatch(e -> "Recording Start".equals(e.name()));
        return withThisConfiguration && !recorded;
    }

    private String reason(List<StreamEvent> events) {
        String failures = events.stream().filter(e -> e.name() != null && e.name().contains("Failure"))
                .map(e -> e.name() + (e.code() == null ? "" : " (" + e.code() + ")"))
                .collect(Collectors.joining(", "));
        return failures.isEmpty() ? messages.getString("recordings.missed.noEvent")
                : MessageFormat.format(messages.getString("recordings.missed.events"), failures);
    }

    private void insertByTime(RecordingRow missed) {
        int at = 0;
        while (at < rows.size() && !rows.get(at).start().isBefore(missed.start())) {
            at++;
        }
        rows.add(at, missed);
    }

    StringProperty noteProperty() {
        return note;
    }

    void clear() {
        generation++;
        sessions.clear();
        checked.clear();
        note.set("");
        allLoaded = false;
        earliest = null;
    }
}
