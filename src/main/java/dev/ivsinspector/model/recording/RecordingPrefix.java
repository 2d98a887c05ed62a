package dev.ivsinspector.model.recording;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one recording lives in its bucket:
 * {@code ivs/v1/<account>/<channel_id>/<year>/<month>/<day>/<hours>/<minutes>/<recording_id>/}, the numbers
 * being the UTC start minute without zero padding (IVS user guide, "Auto-Record to Amazon S3").
 *
 * @param key         the whole prefix, ending in '/'
 * @param accountId   the AWS account that owns the channel
 * @param channelId   the last part of the channel's ARN
 * @param startMinute the UTC minute the recording started in, as the path says
 * @param recordingId the id IVS generated for the recording
 */
public record RecordingPrefix(String key, String accountId, String channelId, Instant startMinute, String recordingId) {

    public RecordingPrefix {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(startMinute, "startMinute");
    }

    /** The prefix under which all recordings of a channel live. */
    public static String channelPrefix(String accountId, String channelId) {
        return "ivs/v1/" + accountId + "/" + channelId + "/";
    }

    /** Reads a recording prefix; empty when the key does not have the documented shape. */
    public static Optional<RecordingPrefix> parse(String key) {
        String trimmed = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
        String[] parts = trimmed.split("/", -1);
        if (parts.length != 10 || !"ivs".equals(parts[0]) || !"v1".equals(parts[1]) || parts[9].isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDateTime minute = LocalDateTime.of(Integer.parseInt(parts[4]), Integer.parseInt(parts[5]),
                    Integer.parseInt(parts[6]), Integer.parseInt(parts[7]), Integer.parseInt(parts[8]));
            return Optional.of(new RecordingPrefix(trimmed + "/", parts[2], parts[3], minute.toInstant(ZoneOffset.UTC),
                    parts[9]));
        } catch (RuntimeException e) {
            // Not numbers or not a real date: something else stored beside the recordings.
            return Optional.empty();
        }
    }

    /** The key of a file inside the recording, from a path relative to the prefix (as metadata gives it). */
    public String resolve(String relativePath) {
        String path = relativePath.startsWith("/") ? relativePath.substring(1) : relativePath;
        return key + path;
    }

    /** The prefix without its trailing '/', as IVS events and the S3 console name it. */
    public String keyWithoutSlash() {
        return key.substring(0, key.length() - 1);
    }
}
