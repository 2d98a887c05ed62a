package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.aws.RecordingsGateway;
import dev.ivsinspector.model.JsonText;
import dev.ivsinspector.model.recording.RecordingDetails;
import dev.ivsinspector.model.recording.RecordingMetadataParser;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What can be done with one recording: copy where it is, get a playable link, open it, read its metadata.
 * Links are computed locally (presigning makes no request); each action says in {@link #feedbackProperty()}
 * what it did or why it could not.
 */
public final class RecordingActions {
    /** What a presigned link may be valid for; S3 allows at most seven days. */
    public static final Duration[] VALIDITY_CHOICES = {Duration.ofMinutes(15), Duration.ofHours(1),
        Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7)};
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RecordingsGateway gateway;
    private final TaskExecutor executor;
    private final DesktopServices desktop;
    private final ResourceBundle messages;
    private final Clock clock;
    private final StringProperty feedback = new SimpleStringProperty("");
    private final StringProperty metadataJson = new SimpleStringProperty("");
    private final ObjectProperty<Duration> validFor = new SimpleObjectProperty<>(Duration.ofHours(1));
    private RecordingReader reader;

    RecordingActions(RecordingsGateway gateway, TaskExecutor executor, DesktopServices desktop,
                     ResourceBundle messages, Clock clock) {
        this.gateway = gateway;
        this.executor = executor;
        this.desktop = desktop;
        this.messages = messages;
        this.clock = clock;
    }

    void use(RecordingReader bucketReader) {
        this.reader = bucketReader;
        feedback.set("");
        metadataJson.set("");
    }

    /** s3://bucket/ivs/v1/.../recording_id/ */
    public void copyS3Uri(RecordingRow row) {
        if (isRecording(row)) {
            desktop.clipboard().accept("s3://" + reader.bucket() + "/" + row.prefix().key());
            say("recordings.copied.s3Uri");
        }
    }

    /** The plain object URL of the master playlist named in the metadata (plays only from a public bucket). */
    public void copyPlaylistUrl(RecordingRow row) {
        playlistKey(row).ifPresent(key -> {
            desktop.clipboard().accept(gateway.objectUrl(reader.region(), reader.bucket(), key).toString());
            say("recordings.copied.objectUrl");
        });
    }

    /** A presigned HTTPS URL of the master playlist, valid for the chosen time. */
    public void copyPresignedUrl(RecordingRow row) {
        presigned(row).ifPresent(url -> {
            desktop.clipboard().accept(url.toString());
            say("recordings.copied.presigned", LOCAL.format(clock.instant().plus(validFor.get())
                    .atZone(ZoneId.systemDefault())));
        });
    }

    /**
     * Opens the recording in the system's default player: a local copy of its playlists whose every file is
     * presigned (see {@link PlayableCopy}), so it plays from a private bucket too. Reads the playlists.
     */
    public void openInPlayer(RecordingRow row) {
        Optional<String> key = playlistKey(row);
        if (key.isEmpty()) {
            return;
        }
        PlayableCopy copy = new PlayableCopy(gateway, reader, validFor.get());
        String name = row.channel().label() + "-" + row.prefix().recordingId();
        BackgroundTask.wrap(() -> copy.write(key.get(), name))
                .onRunning(() -> say("recordings.opening.player"))
                .onSuccess(file -> {
                    desktop.browser().accept(file.toUri().toString());
                    say("recordings.opened.player", file);
                })
                .onFailure(error -> say("recordings.openFailed", RecordingsViewModel.describe(error)))
                .executeWith(executor);
    }

    /** The recording's folder in the S3 console. */
    public void openInConsole(RecordingRow row) {
        if (isRecording(row)) {
            desktop.browser().accept("https://s3.console.aws.amazon.com/s3/buckets/" + encode(reader.bucket())
                    + "?region=" + encode(reader.region()) + "&prefix=" + encode(row.prefix().key())
                    + "&showversions=false");
            say("recordings.opened.console");
        }
    }

    /** Puts the recording's newest metadata file, indented, in {@link #metadataJsonProperty()}. */
    public void showMetadata(RecordingRow row) {
        RecordingDetails details = row == null ? null : row.detailsProperty().get();
        if (details == null || details.metadata() == null) {
            say("recordings.noMetadata");
            return;
        }
        metadataJson.set("// " + details.metadataKey() + "\n"
                + JsonText.pretty(RecordingMetadataParser.tree(details.metadata().json())));
    }

    private Optional<URI> presigned(RecordingRow row) {
        return playlistKey(row).map(key -> gateway.presignGet(reader.region(), reader.bucket(), key, validFor.get()));
    }

    private Optional<String> playlistKey(RecordingRow row) {
        if (!isRecording(row)) {
            return Optional.empty();
        }
        RecordingDetails details = row.detailsProperty().get();
        Optional<String> path = details == null || details.metadata() == null ? Optional.empty()
                : details.metadata().masterPlaylistPath();
        if (path.isEmpty()) {
            say("recordings.noPlaylist");
        }
        return path.map(p -> row.prefix().resolve(p));
    }

    private boolean isRecording(RecordingRow row) {
        if (row == null || row.isMissedSession() || reader == null) {
            say("recordings.noRecording");
            return false;
        }
        return true;
    }

    private void say(String key, Object... args) {
        feedback.set(MessageFormat.format(messages.getString(key), args));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public StringProperty metadataJsonProperty() {
        return metadataJson;
    }

    public ObjectProperty<Duration> validForProperty() {
        return validFor;
    }
}
