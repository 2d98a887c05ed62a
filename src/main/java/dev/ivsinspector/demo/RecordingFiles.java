package dev.ivsinspector.demo;

import dev.ivsinspector.demo.s3.S3Bucket;
import dev.ivsinspector.demo.s3.S3Object;
import dev.ivsinspector.model.JsonText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes one demo recording into its bucket as IVS does: the metadata files in the documented v1 format,
 * the HLS playlists they name, and the thumbnails the configuration asks for (drawn on first read).
 */
final class RecordingFiles {
    /** Kept small: every thumbnail of a listed recording is drawn when its folder is listed. */
    static final int MAX_THUMBNAILS = 40;
    private static final String HLS = "media/hls";

    private RecordingFiles() {
    }

    static void write(S3Bucket bucket, SampleConfig config, DemoRecording recording, float hue) {
        String prefix = recording.prefix();
        List<Map<String, Object>> renditions = renditions(config);
        boolean thumbnails = !"DISABLED".equals(config.thumbnailRecordingMode());
        List<String> storage = config.thumbnailStorage() == null ? List.of("SEQUENTIAL") : config.thumbnailStorage();
        long interval = config.thumbnailTargetIntervalSeconds() == null ? 60 : config.thumbnailTargetIntervalSeconds();

        Map<String, Object> media = new LinkedHashMap<>();
        Map<String, Object> hls = new LinkedHashMap<>();
        hls.put("path", HLS);
        hls.put("playlist", "master.m3u8");
        hls.put("byte_range_playlist", "byte-range-multivariant.m3u8");
        hls.put("renditions", renditions);
        media.put("hls", hls);
        if (thumbnails && storage.contains("SEQUENTIAL")) {
            media.put("thumbnails", resolution("media/thumbnails"));
        }
        if (thumbnails && storage.contains("LATEST")) {
            media.put("latest_thumbnail", resolution("media/latest_thumbnail/thumb.jpg"));
        }
        put(bucket, prefix + "events/recording-started.json", recording.start(),
                () -> metadata(recording, "RECORDING_STARTED", media, false));
        if (!recording.inProgress()) {
            String file = recording.reason() == null ? "recording-ended.json" : "recording-failed.json";
            Map<String, Object> endedHls = new LinkedHashMap<>(hls);
            endedHls.put("duration_ms", recording.duration().toMillis());
            Map<String, Object> endedMedia = new LinkedHashMap<>(media);
            endedMedia.put("hls", endedHls);
            put(bucket, prefix + "events/" + file, recording.end(),
                    () -> metadata(recording, recording.status(), endedMedia, true));
        }
        put(bucket, prefix + HLS + "/master.m3u8", recording.start(), () -> masterPlaylist(renditions));
        for (Map<String, Object> r : renditions) {
            put(bucket, prefix + HLS + "/" + r.get("path") + "/playlist.m3u8", recording.start(),
                    () -> mediaPlaylist(recording));
        }
        if (thumbnails) {
            writeThumbnails(bucket, recording, hue, storage, interval);
        }
    }

    private static void writeThumbnails(S3Bucket bucket, DemoRecording recording, float hue, List<String> storage,
                                        long intervalSeconds) {
        String prefix = recording.prefix();
        long count = Math.max(1, Math.min(MAX_THUMBNAILS, recording.duration().getSeconds() / intervalSeconds));
        // With few thumbnails for a long recording, spread them over it rather than bunching them at the start.
        long step = Math.max(intervalSeconds, recording.duration().getSeconds() / count);
        if (storage.contains("SEQUENTIAL")) {
            for (int i = 0; i < count; i++) {
                Instant at = recording.start().plusSeconds(i * step);
                bucket.put(prefix + "media/thumbnails/thumb" + i + ".jpg", thumbnail(recording, at, hue));
            }
        }
        if (storage.contains("LATEST")) {
            Instant last = recording.start().plusSeconds((count - 1) * step);
            bucket.put(prefix + "media/latest_thumbnail/thumb.jpg", thumbnail(recording, last, hue));
        }
    }

    private static S3Object thumbnail(DemoRecording recording, Instant at, float hue) {
        return S3Object.sized("image/jpeg", at, ThumbnailJpeg.SIZE, recording.recordingId() + at,
                () -> ThumbnailJpeg.draw(recording.channel().name(), at, hue));
    }

    private static Map<String, Object> metadata(DemoRecording recording, String status, Map<String, Object> media,
                                                boolean ended) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", "v1");
        json.put("channel_arn", recording.channel().arn());
        if (ended) {
            json.put("recording_ended_at", recording.end().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        json.put("recording_started_at", recording.start().truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("recording_status", status);
        if (ended && recording.reason() != null) {
            json.put("recording_status_message", recording.reason());
        }
        json.put("media", media);
        return json;
    }

    private static Map<String, Object> resolution(String path) {
        Map<String, Object> thumbnails = new LinkedHashMap<>();
        thumbnails.put("path", path);
        thumbnails.put("resolution_height", ThumbnailJpeg.HEIGHT);
        thumbnails.put("resolution_width", ThumbnailJpeg.WIDTH);
        return thumbnails;
    }

    /** The renditions IVS would record for the configuration's rendition selection. */
    static List<Map<String, Object>> renditions(SampleConfig config) {
        List<String> wanted = "CUSTOM".equals(config.renditionSelection()) && config.renditions() != null
                ? config.renditions() : List.of("LOWEST_RESOLUTION", "SD", "HD", "FULL_HD");
        List<Map<String, Object>> renditions = new ArrayList<>();
        for (String quality : List.of("FULL_HD", "HD", "SD", "LOWEST_RESOLUTION")) {
            if (wanted.contains(quality)) {
                renditions.add(switch (quality) {
                    case "FULL_HD" -> rendition("1080p60", 1920, 1080);
                    case "HD" -> rendition("720p60", 1280, 720);
                    case "SD" -> rendition("480p30", 852, 480);
                    default -> rendition("160p30", 284, 160);
                });
            }
        }
        return renditions;
    }

    private static Map<String, Object> rendition(String path, int width, int height) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("path", path);
        r.put("playlist", "playlist.m3u8");
        r.put("byte_range_playlist", "byte-range-variant.m3u8");
        r.put("resolution_height", height);
        r.put("resolution_width", width);
        return r;
    }

    private static String masterPlaylist(List<Map<String, Object>> renditions) {
        StringBuilder m3u8 = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        for (Map<String, Object> r : renditions) {
            int height = (Integer) r.get("resolution_height");
            m3u8.append("#EXT-X-STREAM-INF:BANDWIDTH=").append(height * 5000).append(",RESOLUTION=")
                    .append(r.get("resolution_width")).append('x').append(height).append('\n')
                    .append(r.get("path")).append("/playlist.m3u8\n");
        }
        return m3u8.toString();
    }

    private static String mediaPlaylist(DemoRecording recording) {
        StringBuilder m3u8 = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n"
                + "#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:").append(recording.inProgress() ? "EVENT" : "VOD")
                .append('\n');
        long segments = Math.max(1, Math.min(360, recording.duration().getSeconds() / 10));
        for (int i = 0; i < segments; i++) {
            m3u8.append("#EXTINF:10.0,\n").append(i).append(".ts\n");
        }
        if (!recording.inProgress()) {
            m3u8.append("#EXT-X-ENDLIST\n");
        }
        return m3u8.toString();
    }

    /** Metadata and playlists are written out only when read or listed. */
    private static void put(S3Bucket bucket, String key, Instant at, Supplier<Object> jsonOrText) {
        String type = key.endsWith(".json") ? "application/json" : "application/vnd.apple.mpegurl";
        bucket.put(key, S3Object.lazy(type, at, () -> {
            Object content = jsonOrText.get();
            String text = content instanceof String s ? s : JsonText.compact(content);
            return text.getBytes(StandardCharsets.UTF_8);
        }));
    }

}
