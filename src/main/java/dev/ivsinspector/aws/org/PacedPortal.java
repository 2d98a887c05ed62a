package dev.ivsinspector.aws.org;

import dev.ivsinspector.i18n.Texts;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;

/**
 * The portal's pace: at most {@code perSecond} calls in any second for every caller together, and a throttled
 * call tried again after a jittered back-off. AWS does not publish the portal's limit; 10 per second is assumed.
 */
public final class PacedPortal implements PortalPacer {

    public static final int ASSUMED_PORTAL_RATE = 10;

    private final RateLimiter limiter;
    private final Backoff backoff;
    private final AtomicInteger throttled = new AtomicInteger();

    public PacedPortal(int perSecond, Backoff backoff) {
        this.limiter = new RateLimiter(perSecond);
        this.backoff = backoff;
    }

    @Override
    public <T> T call(Supplier<T> call) {
        for (int retry = 0; ; retry++) {
            try (RateLimiter.Permit permit = limiter.acquire()) {
                return call.get();
            } catch (AwsServiceException e) {
                if (!(e.isThrottlingException() || e.statusCode() == 429) || !backoff.mayRetry(retry)) {
                    throw e;
                }
                throttled.incrementAndGet();
                sleep(retry);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw AbortedException.create(Texts.text("org.cancelledWaiting"));
            }
        }
    }

    private void sleep(int retry) {
        try {
            Thread.sleep(backoff.delay(retry).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AbortedException.create(Texts.text("org.cancelledPacing"));
        }
    }

    /** Portal answers that were throttled and tried again. */
    public int throttled() {
        return throttled.get();
    }
}
