package dev.ivsinspector.demo;

import java.util.List;

/**
 * Recording-configuration ids that make the demo endpoint misbehave on purpose, so the UI's error paths
 * can be shown and tested without AWS. They work in every region and account of an ARN
 * ({@code arn:aws:ivs:<any region>:<any account>:recording-configuration/<fault id>}), for
 * GetRecordingConfiguration and for ListTagsForResource of that ARN. They never appear in list results.
 */
public final class FaultIds {
    /** 403 AccessDeniedException. */
    public static final String ACCESS_DENIED = "fault-access-denied";
    /** 500 InternalServerException. */
    public static final String INTERNAL = "fault-internal";
    /** 429 ThrottlingException, every time (retries do not help). */
    public static final String THROTTLE = "fault-throttle";
    /** 503 ServiceUnavailableException. */
    public static final String UNAVAILABLE = "fault-unavailable";
    /** A valid answer, but only after {@link SampleAccount#slowDelay()} (default 8 s). */
    public static final String SLOW = "fault-slow";
    /** 200 with a body that is not JSON. */
    public static final String GARBAGE = "fault-garbage";
    /** 200 with a JSON body cut in the middle; Content-Length matches the cut body. */
    public static final String TRUNCATED = "fault-truncated";
    /** Headers announce the full body, half of it is sent, then the connection is closed. */
    public static final String RESET = "fault-reset";
    /** 400 ValidationException (for an ARN that is well formed). */
    public static final String VALIDATION = "fault-validation";
    /** A valid configuration with thirty 1 MB tags (30 MB): more than the app accepts. */
    public static final String HUGE_TAGS = "fault-huge-tags";
    /** A valid configuration with four 1 MB tags (4 MB): accepted, but too large to render whole. */
    public static final String LARGE_TAGS = "fault-large-tags";
    /** 400 ValidationException whose message is 5 MB long. */
    public static final String HUGE_ERROR = "fault-huge-error";
    /** A valid configuration whose name and a tag hold bidi overrides: "…\u202Egpj.exe" reads "…exe.jpg". */
    public static final String BIDI_NAME = "fault-bidi-name";
    /** A valid configuration whose name is 1 MB long (the API allows 128 characters). */
    public static final String LONG_NAME = "fault-long-name";
    /** A valid configuration; ListChannels filtered by it sends the same nextToken for ever. */
    public static final String REPEATING_TOKEN = "fault-repeating-token";
    /** A valid configuration; ListChannels filtered by it cycles through three nextTokens for ever. */
    public static final String CYCLING_TOKEN = "fault-cycling-token";
    /** Not a fault at all: simply an id that does not exist (404 ResourceNotFoundException). */
    public static final String MISSING = "fault-missing";

    /** Every id that triggers a fault (MISSING is not one: it is an ordinary unknown id). */
    public static final List<String> ALL = List.of(
            ACCESS_DENIED, INTERNAL, THROTTLE, UNAVAILABLE, SLOW, GARBAGE, TRUNCATED, RESET, VALIDATION,
            HUGE_TAGS, LARGE_TAGS, HUGE_ERROR, BIDI_NAME, LONG_NAME, REPEATING_TOKEN, CYCLING_TOKEN);

    private FaultIds() {
    }

    /** The ARN of a fault id in the demo account, e.g. {@code arn("us-west-2", FaultIds.THROTTLE)}. */
    public static String arn(String region, String faultId) {
        return "arn:aws:ivs:" + region + ":" + SampleAccount.ACCOUNT_ID + ":recording-configuration/" + faultId;
    }

    static boolean isFault(String id) {
        return ALL.contains(id);
    }
}
