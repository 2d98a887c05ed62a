package dev.ivsinspector.demo;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** The replies of the {@link FaultIds}: what each fault id does to a request that names it. */
final class Faults {
    private Faults() {
    }

    /**
     * The reply for {@code arn} if its id is a fault id, else empty. {@code validAnswer} is the body a
     * healthy service would send; the slow, truncated and reset faults send (parts of) it.
     */
    static Optional<Reply> reply(ResourceArn arn, String action, Duration slowDelay, Supplier<Object> validAnswer) {
        if (!"recording-configuration".equals(arn.resourceType()) || !FaultIds.isFault(arn.id())) {
            return Optional.empty();
        }
        return Optional.of(switch (arn.id()) {
            case FaultIds.ACCESS_DENIED -> Reply.error(DemoError.ACCESS_DENIED, "User: arn:aws:iam::"
                    + arn.accountId() + ":user/demo is not authorized to perform: ivs:" + action
                    + " on resource: " + arn.arn());
            case FaultIds.INTERNAL -> Reply.error(DemoError.INTERNAL_SERVER, "Unexpected server error");
            case FaultIds.THROTTLE -> Reply.error(DemoError.THROTTLING, "Rate exceeded");
            case FaultIds.UNAVAILABLE -> Reply.error(DemoError.SERVICE_UNAVAILABLE,
                    "Service is temporarily unavailable. Please try again later.");
            case FaultIds.VALIDATION -> Reply.error(DemoError.VALIDATION,
                    "1 validation error detected: the demo fault id '" + arn.id() + "' is rejected on purpose");
            case FaultIds.SLOW -> slow(slowDelay, validAnswer);
            case FaultIds.GARBAGE -> Reply.raw("<html><body><h1>502 Bad Gateway</h1>"
                    + "(IVS Inspector demo fault: this body is not JSON)</body></html>");
            case FaultIds.TRUNCATED -> truncated(validAnswer.get());
            case FaultIds.RESET -> Reply.resetAfterHalf(validAnswer.get());
            case FaultIds.HUGE_ERROR -> Reply.error(DemoError.VALIDATION, HostileAnswers.hugeMessage());
            case FaultIds.HUGE_TAGS, FaultIds.LARGE_TAGS, FaultIds.BIDI_NAME, FaultIds.LONG_NAME,
                    FaultIds.REPEATING_TOKEN, FaultIds.CYCLING_TOKEN -> Reply.ok(validAnswer.get());
            default -> throw new IllegalStateException("Fault id without a reply: " + arn.id());
        });
    }

    private static Reply slow(Duration delay, Supplier<Object> validAnswer) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            // the endpoint is closing; the client will see the connection go away
            Thread.currentThread().interrupt();
            return Reply.error(DemoError.SERVICE_UNAVAILABLE, "The demo endpoint is shutting down");
        }
        return Reply.ok(validAnswer.get());
    }

    private static Reply truncated(Object json) {
        Reply full = Reply.ok(json);
        byte[] half = Arrays.copyOf(full.body(), full.body().length / 2);
        return new Reply(200, half, null, false);
    }
}
