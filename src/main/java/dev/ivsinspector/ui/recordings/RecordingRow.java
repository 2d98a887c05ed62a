package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.model.recording.RecordingDetails;
import dev.ivsinspector.model.recording.RecordingPrefix;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the Recordings tab: a recording found in the bucket, or a live session that should have made
 * one and did not (then {@link #prefix()} is null). What is read about a recording later (its metadata,
 * its thumbnails, its live sessions) arrives in the properties.
 */
public final class RecordingRow {

    /** A live session of the channel, as ListStreamSessions summarizes it. */
    public record Session(String streamId, Instant start, Instant end, boolean hasErrorEvent) {
    }

    private final ChannelRef channel;
    private final RecordingPrefix prefix;
    private final Session missedSession;
    private final ObjectProperty<RecordingDetails> details = new SimpleObjectProperty<>();
    private final ObjectProperty<String> detailsProblem = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Session>> sessions = new SimpleObjectProperty<>(List.of());
    private final StringProperty missedReason = new SimpleStringProperty("");
    private final StringProperty doctorFinding = new SimpleStringProperty("");
    private boolean detailsRequested;
    private int showingCells;

    private RecordingRow(ChannelRef channel, RecordingPrefix prefix, Session missedSession) {
        this.channel = channel;
        this.prefix = prefix;
        this.missedSession = missedSession;
    }

    public static RecordingRow recording(ChannelRef channel, RecordingPrefix prefix) {
        return new RecordingRow(channel, prefix, null);
    }

    public static RecordingRow missed(ChannelRef channel, Session session) {
        return new RecordingRow(channel, null, session);
    }

    public ChannelRef channel() {
        return channel;
    }

    public RecordingPrefix prefix() {
        return prefix;
    }

    public boolean isMissedSession() {
        return prefix == null;
    }

    public Session missedSession() {
        return missedSession;
    }

    /** When it started: the metadata's time once read, else the minute of its path (or the session's start). */
    public Instant start() {
        if (prefix == null) {
            return missedSession.start();
        }
        RecordingDetails d = details.get();
        return d != null && d.metadata() != null && d.metadata().startedAt() != null ? d.metadata().startedAt()
                : prefix.startMinute();
    }

    public ObjectProperty<RecordingDetails> detailsProperty() {
        return details;
    }

    /** Why the details could not be read, or null. */
    public ObjectProperty<String> detailsProblemProperty() {
        return detailsProblem;
    }

    /** The live sessions this recording was made from (more than one after a reconnect). */
    public ObjectProperty<List<Session>> sessionsProperty() {
        return sessions;
    }

    /** For a missed session: what its events say about the recording. */
    public StringProperty missedReasonProperty() {
        return missedReason;
    }

    /** For a missed session: what the doctor found about the configuration, or empty while it has not run. */
    public StringProperty doctorFindingProperty() {
        return doctorFinding;
    }

    /** A cell shows this row now; reads for rows no cell shows are dropped while they wait. */
    void shownInCell() {
        showingCells++;
    }

    void leftCell() {
        showingCells = Math.max(0, showingCells - 1);
    }

    boolean isShowing() {
        return showingCells > 0;
    }

    /** True the first time only: the details of a row are asked for once. */
    boolean claimDetailsRequest() {
        if (detailsRequested || prefix == null) {
            return false;
        }
        detailsRequested = true;
        return true;
    }

    void allowDetailsRequestAgain() {
        detailsRequested = false;
    }
}
