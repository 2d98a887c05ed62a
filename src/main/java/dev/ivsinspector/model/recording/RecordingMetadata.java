package dev.ivsinspector.model.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One parsed metadata file (events/recording-*.json). Only the members this app uses are kept; the JSON
 * text itself travels along so the user can read everything it says.
 *
 * @param status          the recording_status, as understood
 * @param statusValue     recording_status as written
 * @param statusMessage   recording_status_message, or null
 * @param channelArn      channel_arn
 * @param startedAt       recording_started_at, or null
 * @param endedAt         recording_ended_at, or null
 * @param hlsPath         media.hls.path, relative to the recording prefix
 * @param masterPlaylist  media.hls.playlist
 * @param duration        media.hls.duration_ms, or null when absent
 * @param renditions      media.hls.renditions
 * @param thumbnailsPath  media.thumbnails.path, or null when thumbnails are not recorded
 * @param latestThumbnail media.latest_thumbnail.path (a file), or null
 * @param json            the file as read
 */
public record RecordingMetadata(RecordingStatus status, String statusValue, String statusMessage, String channelArn,
                                Instant startedAt, Instant endedAt, String hlsPath, String masterPlaylist,
                                Duration duration, List<Rendition> renditions, String thumbnailsPath,
                                String latestThumbnail, String json) {

    public RecordingMetadata {
        renditions = renditions == null ? List.of() : List.copyOf(renditions);
    }

    /** The master playlist's path relative to the prefix, as the user guide builds it; empty without HLS. */
    public Optional<String> masterPlaylistPath() {
        if (hlsPath == null || masterPlaylist == null) {
            return Optional.empty();
        }
        return Optional.of(join(hlsPath, masterPlaylist));
    }

    static String join(String folder, String file) {
        String f = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        return f.isEmpty() ? file : f + "/" + file;
    }
}
