package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ivs.model.ListRecordingConfigurationsResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/** Lists one account in one region page by page, each attempt within the account-region's rate. */
final class AccountRegionListing {

    private final MemberIvs ivs;
    private final OrganizationFanOut.Options options;
    private final AdaptiveLimit concurrency;
    private final AtomicInteger throttledTotal;
    private final Consumer<AccountRegionStatus> status;
    private final BiConsumer<AccountRegionStatus, List<RecordingConfigurationSummary>> pages;
    private final RateLimiter limiter;
    private AccountRegionStatus current;
    private int listed;
    private int throttled;

    AccountRegionListing(MemberIvs ivs, AccountRegionStatus start, OrganizationFanOut.Options options,
                         AdaptiveLimit concurrency, AtomicInteger throttledTotal, Consumer<AccountRegionStatus> status,
                         BiConsumer<AccountRegionStatus, List<RecordingConfigurationSummary>> pages) {
        this.ivs = ivs;
        this.current = start;
        this.options = options;
        this.concurrency = concurrency;
        this.throttledTotal = throttledTotal;
        this.status = status;
        this.pages = pages;
        this.limiter = new RateLimiter(options.ivsPerSecond());
    }

    /** Lists the account-region; the caller has taken its place under the concurrency limit. */
    void run() {
        try {
            update(AccountRegionStatus.State.LISTING, "");
            ivs.prepare(current.region());
            String token = null;
            do {
                ListRecordingConfigurationsResponse page = pageWithRetries(token);
                listed += page.recordingConfigurations().size();
                pages.accept(current, page.recordingConfigurations());
                update(AccountRegionStatus.State.LISTING, "");
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
            update(AccountRegionStatus.State.LISTED, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            update(AccountRegionStatus.State.CANCELLED, "");
        } catch (IvsCallException e) {
            if (e.kind() == ErrorKind.CANCELLED || Thread.currentThread().isInterrupted()) {
                update(AccountRegionStatus.State.CANCELLED, "");
            } else {
                update(e.kind() == ErrorKind.ACCESS_DENIED ? AccountRegionStatus.State.DENIED
                        : AccountRegionStatus.State.FAILED, OrganizationFanOut.reason(e));
            }
        }
    }

    private ListRecordingConfigurationsResponse pageWithRetries(String token) throws InterruptedException {
        for (int retry = 0; ; retry++) {
            try (RateLimiter.Permit permit = limiter.acquire()) {
                ListRecordingConfigurationsResponse page = ivs.listPage(current.region(), token);
                concurrency.succeeded();
                return page;
            } catch (RuntimeException e) {
                IvsCallException call = OrganizationFanOut.classify("ListRecordingConfigurations", e);
                if (call.kind() != ErrorKind.THROTTLED || !options.backoff().mayRetry(retry)) {
                    throw call;
                }
                throttled++;
                throttledTotal.incrementAndGet();
                concurrency.throttled();
                update(AccountRegionStatus.State.LISTING, "");
                Thread.sleep(options.backoff().delay(retry).toMillis());
            }
        }
    }

    private void update(AccountRegionStatus.State state, String reason) {
        current = current.with(state, listed, throttled, reason);
        status.accept(current);
    }
}
