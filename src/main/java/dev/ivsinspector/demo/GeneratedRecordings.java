package dev.ivsinspector.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The archive channel's recordings: thousands of short clips over two years, newest first, made from a
 * fixed seed so every run (and every benchmark) sees the same shape: gaps of 10 minutes to 7 hours, some
 * minutes with two recordings, one failure in about a hundred.
 */
final class GeneratedRecordings {
    static final String CHANNEL_ID = "Archive5000Ch";
    static final int COUNT = 5000;
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private GeneratedRecordings() {
    }

    static List<DemoRecording> recordings(SampleChannel channel, Instant now, int count) {
        Random random = new Random(5000);
        List<DemoRecording> recordings = new ArrayList<>(count);
        Instant start = now.minus(Duration.ofMinutes(50));
        for (int i = 0; i < count; i++) {
            Duration duration = Duration.ofSeconds(120 + random.nextInt(300));
            boolean failed = random.nextInt(100) == 0 && i > 0;
            String id = id(random);
            recordings.add(new DemoRecording(channel, id, start, duration,
                    failed ? "RECORDING_ENDED_WITH_FAILURE" : "RECORDING_ENDED",
                    failed ? "InternalServerException" : null,
                    List.of(new DemoRecording.Session("st-" + id, start, start.plus(duration), List.of(
                            "Session Created", "Stream Start", "Recording Start", "Stream End",
                            failed ? "Recording End Failure" : "Recording End", "Session Ended")))));
            // Now and then two recordings start in the same minute (two encoders, a quick restart).
            long gapMinutes = random.nextInt(50) == 0 ? 0 : 10 + random.nextInt(410);
            start = start.minus(Duration.ofMinutes(gapMinutes)).minusSeconds(random.nextInt(50));
        }
        return recordings;
    }

    private static String id(Random random) {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }
}
