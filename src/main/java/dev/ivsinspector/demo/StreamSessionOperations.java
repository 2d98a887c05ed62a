package dev.ivsinspector.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * ListStreamSessions and GetStreamSession over the demo's recordings: each recording's streams are the
 * channel's sessions, with the recording configuration that was in force and their events.
 */
final class StreamSessionOperations {
    private static final int DEFAULT_MAX = 100;

    private final SampleAccount account;
    private final Supplier<SampleRecordings> recordings;

    StreamSessionOperations(SampleAccount account, Supplier<SampleRecordings> recordings) {
        this.account = account;
        this.recordings = recordings;
    }

    Reply listStreamSessions(SigV4Scope scope, RequestBody request) {
        SampleChannel channel = channel(scope, request);
        List<Map.Entry<DemoRecording.Session, Optional<DemoRecording>>> sessions = recordings.get().sessions(channel.arn());
        Pages.Page<Map.Entry<DemoRecording.Session, Optional<DemoRecording>>> page = Pages.page(sessions, request,
                DEFAULT_MAX, "ListStreamSessions", scope.region());
        List<Map<String, Object>> summaries = new ArrayList<>();
        for (Map.Entry<DemoRecording.Session, Optional<DemoRecording>> entry : page.items()) {
            DemoRecording.Session s = entry.getKey();
            Map<String, Object> summary = new LinkedHashMap<>();
            putTime(summary, "endTime", s.end());
            summary.put("hasErrorEvent", s.events().stream().anyMatch(e -> e.endsWith("Failure")));
            putTime(summary, "startTime", s.start());
            summary.put("streamId", s.streamId());
            summaries.add(summary);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (page.nextToken() != null) {
            body.put("nextToken", page.nextToken());
        }
        body.put("streamSessions", summaries);
        return Reply.ok(body);
    }

    Reply getStreamSession(SigV4Scope scope, RequestBody request) {
        SampleChannel channel = channel(scope, request);
        List<Map.Entry<DemoRecording.Session, Optional<DemoRecording>>> sessions = recordings.get().sessions(channel.arn());
        Optional<String> streamId = request.string("streamId").filter(s -> !s.isEmpty());
        Map.Entry<DemoRecording.Session, Optional<DemoRecording>> found = sessions.stream()
                .filter(e -> streamId.map(id -> id.equals(e.getKey().streamId())).orElse(true))
                .findFirst()
                .orElseThrow(() -> DemoError.RESOURCE_NOT_FOUND.exception("Stream session not found: "
                        + streamId.orElse("(latest)") + " on " + channel.arn()));
        DemoRecording.Session s = found.getKey();
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("channel", WireShapes.channelSummary(channel));
        putTime(session, "endTime", s.end());
        account.config(channel.recordingConfigurationArn())
                .ifPresent(c -> session.put("recordingConfiguration", WireShapes.recordingConfiguration(c)));
        putTime(session, "startTime", s.start());
        session.put("streamId", s.streamId());
        session.put("truncatedEvents", events(s));
        return Reply.ok(Map.of("streamSession", session));
    }

    private static List<Map<String, Object>> events(DemoRecording.Session s) {
        List<Map<String, Object>> events = new ArrayList<>();
        Instant end = s.end() == null ? s.start() : s.end();
        for (int i = 0; i < s.events().size(); i++) {
            String name = s.events().get(i);
            Map<String, Object> event = new LinkedHashMap<>();
            if (name.endsWith("Failure")) {
                event.put("code", "InternalServerException");
            }
            putTime(event, "eventTime", i < 3 ? s.start().plusSeconds(i) : end.plusSeconds(i - 3));
            event.put("name", name);
            event.put("type", name.startsWith("Recording") ? "IVS Recording State Change" : "IVS Stream State Change");
            events.add(event);
        }
        return events;
    }

    private SampleChannel channel(SigV4Scope scope, RequestBody request) {
        String arn = request.string("channelArn").orElseThrow(() -> DemoError.VALIDATION.exception(
                "1 validation error detected: Value null at 'channelArn' failed to satisfy constraint:"
                        + " Member must not be null"));
        return account.channel(arn).filter(ch -> ch.region().equals(scope.region()))
                .orElseThrow(() -> DemoError.RESOURCE_NOT_FOUND.exception("Resource not found: " + arn));
    }

    private static void putTime(Map<String, Object> map, String name, Instant time) {
        if (time != null) {
            map.put(name, time.toString());
        }
    }
}
