package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.SdkErrors;
import dev.ivsinspector.concurrent.BackgroundThreads;
import dev.ivsinspector.concurrent.IdleFirstPool;
import dev.ivsinspector.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;
import software.amazon.awssdk.services.sso.model.AccountInfo;

/**
 * Lists every account of a sign-in in every chosen region, within AWS's limits: the portal paced for all
 * callers together, each account-region under its own rate limiter, throttled calls tried again after a
 * jittered back-off, and the number of account-regions listed at once adapted to the throttling seen. One
 * account-region failing never stops the others; cancelling keeps what was listed.
 */
public final class OrganizationFanOut {

    /** What the fan-out reports, from its worker threads. */
    public interface Listener {
        void status(AccountRegionStatus status);

        void listed(AccountRegionStatus where, List<RecordingConfigurationSummary> page);
    }

    /**
     * @param ivsPerSecond       IVS calls per second per account and region (IVS's quota: 5)
     * @param maxConcurrency     account-regions listed at once at most
     * @param portalThreads      accounts whose roles and credentials are fetched at once
     */
    public record Options(int ivsPerSecond, int initialConcurrency, int maxConcurrency, int portalThreads,
                          Backoff backoff) {
        public static final Options AWS = new Options(5, 16, 64, 8, Backoff.STANDARD);
    }

    private final SsoPortal portal;
    private final ConnectionSettings connection;
    private final Options options;
    private final AdaptiveLimit concurrency;
    private final AtomicInteger throttled = new AtomicInteger();
    private RegionClients regionClients;

    public OrganizationFanOut(SsoPortal portal, ConnectionSettings connection, Options options) {
        this.portal = portal;
        this.connection = connection;
        this.options = options;
        this.concurrency = new AdaptiveLimit(options.initialConcurrency(), 1, options.maxConcurrency());
    }

    /** Blocks until every account-region finished or the thread is interrupted (cancel). */
    public void run(RoleRule rule, List<String> regions, Listener listener) throws InterruptedException {
        ExecutorService accountPool = IdleFirstPool.create(options.portalThreads(), BackgroundThreads.factory("org-portal"));
        ExecutorService regionPool = IdleFirstPool.create(options.maxConcurrency(), BackgroundThreads.factory("org-list"));
        Map<String, AccountRegionStatus> statuses = new ConcurrentHashMap<>();
        LimitedDispatch listings = new LimitedDispatch(concurrency, regionPool);
        regionClients = new RegionClients(connection);
        List<Future<?>> work = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<AccountInfo> accounts = portal.accounts();
            for (AccountInfo account : accounts) {
                for (String region : regions) {
                    report(listener, statuses, AccountRegionStatus.waiting(account.accountId(), account.accountName(), region));
                }
            }
            List<Future<?>> accountWork = new ArrayList<>();
            for (AccountInfo account : accounts) {
                accountWork.add(accountPool.submit(() -> openAccount(account, rule, regions, listener, statuses,
                        listings, work)));
            }
            for (Future<?> f : accountWork) {
                await(f);
            }
            for (int i = 0; i < work.size(); i++) {
                await(work.get(i));
            }
        } catch (InterruptedException | RuntimeException e) {
            listings.cancelWaiting();
            accountPool.shutdownNow();
            regionPool.shutdownNow();
            regionPool.awaitTermination(5, TimeUnit.SECONDS);
            statuses.values().stream().filter(s -> !s.finished())
                    .forEach(s -> report(listener, statuses, s.with(AccountRegionStatus.State.CANCELLED, s.listed(),
                            s.throttled(), "")));
            throw e;
        } finally {
            listings.cancelWaiting();
            accountPool.shutdownNow();
            regionPool.shutdownNow();
            regionClients.close();
        }
    }

    private void openAccount(AccountInfo account, RoleRule rule, List<String> regions, Listener listener,
                             Map<String, AccountRegionStatus> statuses, LimitedDispatch listings, List<Future<?>> work) {
        Optional<String> role;
        MemberIvs ivs;
        try {
            role = rule.choose(portal.roles(account.accountId()));
            if (role.isEmpty()) {
                finishAll(account, regions, listener, statuses, AccountRegionStatus.State.NO_ROLE,
                        Texts.format("org.noRole", rule.pattern()));
                return;
            }
            RoleSession session = portal.open(new AccountRole(account.accountId(), account.accountName(),
                    account.emailAddress(), role.get()));
            ivs = new MemberIvs(regionClients, session);
        } catch (IvsCallException e) {
            if (e.kind() == ErrorKind.CANCELLED) {
                return;
            }
            finishAll(account, regions, listener, statuses, AccountRegionStatus.State.FAILED, reason(e));
            return;
        }
        AtomicInteger left = new AtomicInteger(regions.size());
        for (String region : regions) {
            AccountRegionStatus start = statuses.get(account.accountId() + "/" + region).withRole(role.get());
            work.add(listings.submit(() -> {
                try {
                    new AccountRegionListing(ivs, start, options, concurrency, throttled,
                            s -> report(listener, statuses, s), listener::listed).run();
                } finally {
                    if (left.decrementAndGet() == 0) {
                        ivs.close();
                    }
                }
            }));
        }
    }

    private void finishAll(AccountInfo account, List<String> regions, Listener listener,
                           Map<String, AccountRegionStatus> statuses, AccountRegionStatus.State state, String reason) {
        for (String region : regions) {
            AccountRegionStatus s = statuses.get(account.accountId() + "/" + region);
            report(listener, statuses, s.with(state, 0, 0, reason));
        }
    }

    private static void report(Listener listener, Map<String, AccountRegionStatus> statuses, AccountRegionStatus s) {
        statuses.put(s.key(), s);
        listener.status(s);
    }

    static String reason(IvsCallException e) {
        return e.getMessage() + (e.requestId() == null ? "" : Texts.format("error.requestIdSuffix", e.requestId()));
    }

    static IvsCallException classify(String operation, RuntimeException e) {
        return e instanceof IvsCallException call ? call : SdkErrors.classify(operation, e);
    }

    private static void await(Future<?> f) throws InterruptedException {
        try {
            f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A listing task failed unexpectedly", e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            // shut down
        }
    }

    /** IVS answers that were throttled and tried again, over the whole run. */
    public int throttled() {
        return throttled.get();
    }
}
