package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.model.recording.RecordingDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which recording each live session of a channel produced. A recording's path carries the minute its first
 * stream started; a stream that reconnected within the reconnect window continues the same recording,
 * so it falls inside the recording's start and end (plus the window) once the metadata says when it ended.
 */
final class SessionMatcher {
    /** The path's minute is truncated, and IVS writes the prefix a moment after the stream starts. */
    static final Duration FIRST_STREAM_SLACK = Duration.ofSeconds(120);

    /** Sessions per recording, and the sessions no recording accounts for (yet). */
    record Result(Map<RecordingRow, List<RecordingRow.Session>> matched, List<RecordingRow.Session> unmatched) {
    }

    private SessionMatcher() {
    }

    /**
     * @param recordings one channel's recordings, any order
     * @param sessions   that channel's sessions
     * @param horizon    sessions older than this are left alone: their recordings may not be loaded yet
     */
    static Result match(List<RecordingRow> recordings, List<RecordingRow.Session> sessions, Duration reconnectWindow,
                        Instant horizon) {
        Map<RecordingRow, List<RecordingRow.Session>> matched = new LinkedHashMap<>();
        List<RecordingRow.Session> unmatched = new ArrayList<>();
        for (RecordingRow.Session session : sessions) {
            if (session.start().isBefore(horizon)) {
                continue;
            }
            RecordingRow owner = null;
            for (RecordingRow row : recordings) {
                if (covers(row, session, reconnectWindow)) {
                    owner = row;
                    break;
                }
            }
            if (owner == null) {
                unmatched.add(session);
            } else {
                matched.computeIfAbsent(owner, r -> new ArrayList<>()).add(session);
            }
        }
        return new Result(matched, unmatched);
    }

    private static boolean covers(RecordingRow row, RecordingRow.Session session, Duration reconnectWindow) {
        Instant pathMinute = row.prefix().startMinute();
        Instant start = session.start();
        if (!start.isBefore(pathMinute) && start.isBefore(pathMinute.plus(FIRST_STREAM_SLACK))) {
            return true;
        }
        RecordingDetails details = row.detailsProperty().get();
        if (details == null || details.metadata() == null || details.metadata().startedAt() == null) {
            return false;
        }
        Instant end = details.metadata().endedAt();
        return !start.isBefore(details.metadata().startedAt())
                && (end == null || !start.isAfter(end.plus(reconnectWindow).plus(FIRST_STREAM_SLACK)));
    }
}
