package dev.ivsinspector.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One recording of the demo account and the live sessions (streams) it was made of: more than one when a
 * broadcast reconnected within the configuration's reconnect window.
 *
 * @param status   RECORDING_STARTED (still going), RECORDING_ENDED or RECORDING_ENDED_WITH_FAILURE
 * @param reason   recording_status_message for a failure, else null
 * @param sessions the stream sessions, oldest first, each as start and end
 */
record DemoRecording(SampleChannel channel, String recordingId, Instant start, Duration duration, String status,
                     String reason, List<Session> sessions) {

    /** One live stream of the channel. */
    record Session(String streamId, Instant start, Instant end, List<String> events) {
    }

    DemoRecording {
        sessions = List.copyOf(sessions);
    }

    boolean inProgress() {
        return "RECORDING_STARTED".equals(status);
    }

    Instant end() {
        return start.plus(duration);
    }

    /** ivs/v1/ACCOUNT/CHANNEL/yyyy/M/d/H/m/ID/ — UTC and not zero-padded, as IVS writes it. */
    String prefix() {
        ZonedDateTime t = start.atZone(ZoneOffset.UTC);
        return "ivs/v1/" + SampleAccount.ACCOUNT_ID + "/" + channel.id() + "/" + t.getYear() + "/" + t.getMonthValue()
                + "/" + t.getDayOfMonth() + "/" + t.getHour() + "/" + t.getMinute() + "/" + recordingId + "/";
    }
}
