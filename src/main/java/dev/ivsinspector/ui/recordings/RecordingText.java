package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.model.recording.RecordingDetails;
import dev.ivsinspector.model.recording.RecordingMetadata;
import dev.ivsinspector.model.recording.Rendition;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The words of a recording row: times in local time with UTC beside them, duration, what it holds. */
final class RecordingText {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ResourceBundle messages;
    private final ZoneId zone;
    // Parsed once: the choice patterns make every parse throw and catch inside MessageFormat, once per row shown.
    private final MessageFormat durationText;
    private final MessageFormat thumbnailsText;
    private final MessageFormat sessionsText;

    RecordingText(ResourceBundle messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.durationText = new MessageFormat(messages.getString("recordings.duration"));
        this.thumbnailsText = new MessageFormat(messages.getString("recordings.thumbnails"));
        this.sessionsText = new MessageFormat(messages.getString("recordings.sessions"));
    }

    String status(RecordingRow row) {
        if (row.isMissedSession()) {
            return messages.getString("recordings.status.MISSED");
        }
        RecordingDetails d = row.detailsProperty().get();
        return messages.getString("recordings.status." + (d == null ? "UNKNOWN" : d.status().name()));
    }

    /** "Mon 2026-12-01 18:40:12 (17:40 UTC) → 19:28:33 (18:28 UTC)" */
    String times(RecordingRow row) {
        Instant start = row.start();
        Instant end = row.isMissedSession() ? row.missedSession().end() : endOf(row.detailsProperty().get());
        String text = LOCAL.format(start.atZone(zone)) + " (" + UTC.format(start) + ")";
        return end == null ? text : text + "  →  " + LOCAL_TIME.format(end.atZone(zone)) + " (" + UTC.format(end) + ")";
    }

    private static Instant endOf(RecordingDetails details) {
        return details == null || details.metadata() == null ? null : details.metadata().endedAt();
    }

    /** A missed session's doctor finding; else "duration 48:10 · 1920×1080, 1280×720 · 12 thumbnails · 2 live sessions (reconnected)" */
    String facts(RecordingRow row) {
        if (row.isMissedSession()) {
            return row.doctorFindingProperty().get();
        }
        List<String> facts = new ArrayList<>();
        RecordingDetails d = row.detailsProperty().get();
        RecordingMetadata m = d == null ? null : d.metadata();
        if (m != null && m.duration() != null) {
            facts.add(durationText.format(new Object[] {duration(m.duration())}));
        }
        if (m != null && !m.renditions().isEmpty()) {
            facts.add(m.renditions().stream().map(Rendition::label).collect(Collectors.joining(", ")));
        }
        if (d != null) {
            int thumbnails = d.thumbnailKeys().isEmpty() && d.latestThumbnail() != null ? 1 : d.thumbnailKeys().size();
            facts.add(thumbnailsText.format(new Object[] {thumbnails}));
        }
        int sessions = row.sessionsProperty().get().size();
        if (sessions > 0) {
            facts.add(sessionsText.format(new Object[] {sessions}));
        }
        return String.join("  ·  ", facts);
    }

    /** The failure reason, a missed session's story, or why the metadata could not be read; else empty. */
    String problem(RecordingRow row) {
        if (row.isMissedSession()) {
            return row.missedReasonProperty().get();
        }
        RecordingDetails d = row.detailsProperty().get();
        if (d != null && d.metadata() != null && d.metadata().statusMessage() != null
                && d.status() == dev.ivsinspector.model.recording.RecordingStatus.FAILED) {
            return d.metadata().statusValue() + ": " + d.metadata().statusMessage();
        }
        String problem = row.detailsProblemProperty().get();
        return problem == null ? "" : problem;
    }

    static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
