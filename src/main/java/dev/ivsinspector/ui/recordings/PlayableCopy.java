package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.aws.RecordingsGateway;
import dev.ivsinspector.ui.common.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A local copy of a recording's HLS playlists in which every file the player fetches is a presigned URL:
 * a player given only a presigned master playlist asks for the renditions and segments beside it unsigned,
 * which a private bucket refuses. The copy is written to a temporary folder; opening its master playlist
 * plays the recording from the bucket for as long as the links are valid.
 */
final class PlayableCopy {
    /** Playlists are text of at most a few MB even for long recordings. */
    private static final int MAX_PLAYLIST_BYTES = 16 << 20;

    private final RecordingsGateway gateway;
    private final RecordingReader reader;
    private final Duration validFor;

    PlayableCopy(RecordingsGateway gateway, RecordingReader reader, Duration validFor) {
        this.gateway = gateway;
        this.reader = reader;
        this.validFor = validFor;
    }

    /** Writes the copy and returns its master playlist. Blocking: reads each rendition playlist. */
    Path write(String masterKey, String name) throws IOException {
        Path folder = Files.createTempDirectory("ivs-recording-");
        String master = read(masterKey);
        StringBuilder localMaster = new StringBuilder();
        int rendition = 0;
        for (String line : master.split("\n", -1)) {
            if (isUri(line)) {
                String renditionKey = resolve(masterKey, line.trim());
                String local = "rendition" + rendition++ + ".m3u8";
                Files.writeString(folder.resolve(local), signed(renditionKey, read(renditionKey)));
                localMaster.append(local).append('\n');
            } else {
                localMaster.append(line).append('\n');
            }
        }
        Path file = folder.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".m3u8");
        Files.writeString(file, localMaster.toString().stripTrailing() + "\n");
        return file;
    }

    /** The media playlist with each segment (and init section) replaced by its presigned URL. */
    private String signed(String playlistKey, String playlist) {
        StringBuilder out = new StringBuilder();
        for (String line : playlist.split("\n", -1)) {
            if (isUri(line)) {
                out.append(presign(resolve(playlistKey, line.trim())));
            } else if (line.startsWith("#EXT-X-MAP:URI=\"")) {
                int end = line.indexOf('"', 16);
                out.append("#EXT-X-MAP:URI=\"").append(presign(resolve(playlistKey, line.substring(16, end))))
                        .append(line.substring(end));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    private String presign(String key) {
        return gateway.presignGet(reader.region(), reader.bucket(), key, validFor).toString();
    }

    private String read(String key) {
        return new String(gateway.getObject(reader.region(), reader.bucket(), key, MAX_PLAYLIST_BYTES),
                StandardCharsets.UTF_8);
    }

    private static boolean isUri(String line) {
        String trimmed = line.trim();
        return !trimmed.isEmpty() && !trimmed.startsWith("#");
    }

    /** A playlist's relative URI as a key beside the playlist; absolute URIs are not S3 keys of this bucket. */
    static String resolve(String playlistKey, String uri) {
        if (uri.contains("://")) {
            throw new IllegalArgumentException(Messages.format("recordings.playlist.outside", uri));
        }
        String folder = playlistKey.substring(0, playlistKey.lastIndexOf('/') + 1);
        String path = folder + uri;
        // Normalise "a/b/../c" the way a player resolves it.
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
