package dev.ivsinspector.demo;

import dev.ivsinspector.demo.s3.S3Bucket;
import dev.ivsinspector.demo.s3.S3Object;
import dev.ivsinspector.demo.s3.S3ObjectStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo account's channels recorded, relative to the moment the endpoint started: the bucket of
 * each ACTIVE configuration holds its channels' recordings (ended, failed with a reason, one still in progress,
 * one merged from two streams after a reconnect), the live sessions behind them plus one that should have
 * recorded and did not, and the generated archive channel with thousands of recordings. Buckets fill on
 * first use, so none of this slows down the demo's start.
 */
final class SampleRecordings {
    private final SampleAccount account;
    private final Map<String, List<DemoRecording>> byChannel = new LinkedHashMap<>();
    private final Map<String, List<DemoRecording.Session>> unrecorded = new LinkedHashMap<>();
    private final S3ObjectStore store = new S3ObjectStore();
    private final Instant now;

    SampleRecordings(SampleAccount account, Instant now) {
        this.account = account;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        plan();
        for (SampleConfig config : account.configs()) {
            if ("ACTIVE".equals(config.state()) && account.resources().bucket(config.bucketName()).isPresent()) {
                store.add(new S3Bucket(config.bucketName(), bucket -> fill(bucket, config)));
            }
        }
    }

    S3ObjectStore store() {
        return store;
    }

    /**
     * Draws, now and on every core, the thumbnail each recording shows in a list (its latest, else its first):
     * S3 serves stored bytes from machines of its own, while the demo draws a thumbnail when first asked, on
     * the machine the app runs on. Benchmarks call this so the stand-in does not take the app's cores.
     */
    int drawListedThumbnails() {
        List<S3Object> listed = store.buckets().stream().flatMap(bucket -> bucket.objects().entrySet().stream())
                .filter(e -> e.getKey().endsWith("/media/latest_thumbnail/thumb.jpg")
                        || e.getKey().endsWith("/media/thumbnails/thumb0.jpg"))
                .map(Map.Entry::getValue).toList();
        listed.parallelStream().forEach(S3Object::body);
        return listed.size();
    }

    /** The channel's live sessions, newest first, with the recording each produced (or none). */
    List<Map.Entry<DemoRecording.Session, Optional<DemoRecording>>> sessions(String channelArn) {
        List<Map.Entry<DemoRecording.Session, Optional<DemoRecording>>> sessions = new ArrayList<>();
        // IVS keeps a channel's recent sessions only; the archive channel's oldest are long gone.
        byChannel.getOrDefault(channelArn, List.of()).stream().limit(100)
                .forEach(r -> r.sessions().forEach(s -> sessions.add(Map.entry(s, Optional.of(r)))));
        unrecorded.getOrDefault(channelArn, List.of()).forEach(s -> sessions.add(Map.entry(s, Optional.empty())));
        sessions.sort(Comparator.comparing((Map.Entry<DemoRecording.Session, Optional<DemoRecording>> e)
                -> e.getKey().start()).reversed());
        return sessions;
    }

    private void fill(S3Bucket bucket, SampleConfig config) {
        for (SampleChannel channel : account.channels(config.region())) {
            if (config.arn().equals(channel.recordingConfigurationArn())) {
                float hue = Math.floorMod(channel.id().hashCode(), 360) / 360f;
                byChannel.getOrDefault(channel.arn(), List.of())
                        .forEach(recording -> RecordingFiles.write(bucket, config, recording, hue));
            }
        }
    }

    private void plan() {
        channel("MainStage0Ch").ifPresent(ch -> {
            add(ch, "LiveNow0001a", ago(7, 0), Duration.ofMinutes(7), "RECORDING_STARTED", null, 1);
            add(ch, "Merged00002b", ago(0, 26), Duration.ofMinutes(48), "RECORDING_ENDED", null, 2);
            add(ch, "Failed00003c", ago(0, 75), Duration.ofMinutes(12), "RECORDING_ENDED_WITH_FAILURE",
                    "InternalServerException", 1);
            add(ch, "Ended000004d", ago(0, 122), Duration.ofMinutes(35), "RECORDING_ENDED", null, 1);
            add(ch, "Ended000005e", ago(0, 170), Duration.ofMinutes(20), "RECORDING_ENDED", null, 1);
            Instant missed = ago(0, 98);
            unrecorded.computeIfAbsent(ch.arn(), k -> new ArrayList<>()).add(new DemoRecording.Session(
                    "st-MissedRecording0001", missed, missed.plus(Duration.ofMinutes(9)),
                    List.of("Session Created", "Stream Start", "Recording Start Failure", "Stream End",
                            "Session Ended")));
        });
        channel("MainStage0Bk").ifPresent(ch ->
                add(ch, "Backup00001f", ago(0, 50), Duration.ofMinutes(30), "RECORDING_ENDED", null, 1));
        channel("EsportsArena").ifPresent(ch -> {
            add(ch, "Finals0001g0", ago(0, 30), Duration.ofMinutes(95), "RECORDING_ENDED", null, 1);
            add(ch, "Semis00002h0", ago(0, 54), Duration.ofMinutes(80), "RECORDING_ENDED", null, 1);
        });
        channel("WebinarRoom1").ifPresent(ch ->
                add(ch, "Webinar001i0", ago(0, 20), Duration.ofMinutes(3), "RECORDING_ENDED", null, 1));
        channel(GeneratedRecordings.CHANNEL_ID).ifPresent(ch ->
                byChannel.put(ch.arn(), GeneratedRecordings.recordings(ch, now, GeneratedRecordings.COUNT)));
    }

    /** A time {@code minutes} and {@code hours} before the endpoint started. */
    private Instant ago(int minutes, int hours) {
        return now.minus(Duration.ofHours(hours)).minus(Duration.ofMinutes(minutes));
    }

    private void add(SampleChannel channel, String id, Instant start, Duration duration, String status, String reason,
                     int streams) {
        List<DemoRecording.Session> sessions = new ArrayList<>();
        // A reconnect: the first stream drops halfway, the next starts within the reconnect window.
        Duration part = duration.dividedBy(streams);
        for (int i = 0; i < streams; i++) {
            Instant from = start.plus(part.multipliedBy(i)).plusSeconds(i == 0 ? 0 : 40);
            Instant to = i == streams - 1 && "RECORDING_STARTED".equals(status) ? null : from.plus(part).minusSeconds(5);
            List<String> events = new ArrayList<>(List.of("Session Created", "Stream Start", "Recording Start"));
            if (to != null) {
                events.add("Stream End");
                events.add(reason == null ? "Recording End" : "Recording End Failure");
                events.add("Session Ended");
            }
            sessions.add(new DemoRecording.Session("st-" + id + i, from, to, events));
        }
        byChannel.computeIfAbsent(channel.arn(), k -> new ArrayList<>())
                .add(new DemoRecording(channel, id, start, duration, status, reason, sessions));
    }

    private Optional<SampleChannel> channel(String id) {
        return account.channels().stream().filter(ch -> ch.id().equals(id)).findFirst();
    }
}
