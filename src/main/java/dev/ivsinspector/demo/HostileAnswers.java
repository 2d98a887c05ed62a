package dev.ivsinspector.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of the hostile fault ids: huge tags, a huge error message, bidi controls in names, a 1 MB name
 * and page tokens that never end. Each is what a broken or malicious endpoint could send; the app must end
 * each in a message or a correct display.
 */
final class HostileAnswers {
    static final int MEGABYTE = 1024 * 1024;
    /** Reads as "invoice-exe.jpg" where bidi overrides are applied. */
    static final String BIDI_NAME = "invoice-\u202Egpj.exe";
    static final String REPEATING = "repeat-forever";
    static final List<String> CYCLE = List.of("cycle-a", "cycle-b", "cycle-c");

    private HostileAnswers() {
    }

    /** The fault configuration {@code base}, changed as the fault id says. */
    static Map<String, Object> configuration(ResourceArn arn, Map<String, Object> base) {
        Map<String, Object> config = new LinkedHashMap<>(base);
        switch (arn.id()) {
            case FaultIds.HUGE_TAGS, FaultIds.LARGE_TAGS -> config.put("tags", tags(arn.id()));
            case FaultIds.BIDI_NAME -> {
                config.put("name", BIDI_NAME);
                config.put("tags", tags(arn.id()));
            }
            case FaultIds.LONG_NAME -> config.put("name", "n".repeat(MEGABYTE));
            default -> {
                // the other faults send the plain fault configuration
            }
        }
        return config;
    }

    /** The tags of a fault id's configuration (also what ListTagsForResource answers for it). */
    static Map<String, String> tags(String faultId) {
        Map<String, String> tags = new LinkedHashMap<>();
        int megabyteTags = switch (faultId) {
            case FaultIds.HUGE_TAGS -> 30;
            case FaultIds.LARGE_TAGS -> 4;
            default -> 0;
        };
        for (int i = 0; i < megabyteTags; i++) {
            tags.put("big-" + i, String.valueOf((char) ('a' + i % 26)).repeat(MEGABYTE));
        }
        if (faultId.equals(FaultIds.BIDI_NAME)) {
            tags.put("attachment", "report-\u2067\u202Efdp.scr\u2069");
        }
        if (megabyteTags == 0 && tags.isEmpty()) {
            tags.put("demo", "fault");
        }
        return tags;
    }

    static String hugeMessage() {
        return "Broken service message: " + "x".repeat(5 * MEGABYTE);
    }

    /**
     * A ListChannels page for a configuration whose fault id breaks paging: the same channel on every page and a
     * nextToken that repeats (REPEATING_TOKEN) or cycles (CYCLING_TOKEN).
     */
    static Optional<Reply> brokenChannelPaging(String configArn, RequestBody request) {
        boolean cycle = configArn.endsWith("/" + FaultIds.CYCLING_TOKEN);
        if (!cycle && !configArn.endsWith("/" + FaultIds.REPEATING_TOKEN)) {
            return Optional.empty();
        }
        String region = ResourceArn.recordingConfiguration(configArn).region();
        SampleChannel channel = new SampleChannel(region, "loopingchannel", "looping-channel", "LOW", "STANDARD",
                null, false, false, configArn, null, Map.of());
        return Optional.of(neverEndingPage("channels", List.of(WireShapes.channelSummary(channel)), request, cycle));
    }

    /** A page of {@code items} under {@code member} whose nextToken never ends. */
    static Reply neverEndingPage(String member, List<Map<String, Object>> items, RequestBody request, boolean cycle) {
        String token = request.string("nextToken").orElse("");
        String next = cycle ? CYCLE.get((CYCLE.indexOf(token) + 1) % CYCLE.size()) : REPEATING;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(member, items);
        body.put("nextToken", next);
        return Reply.ok(body);
    }
}
