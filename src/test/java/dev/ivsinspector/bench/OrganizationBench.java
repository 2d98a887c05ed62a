package dev.ivsinspector.bench;

import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.aws.org.Backoff;
import dev.ivsinspector.aws.org.OrganizationFanOut;
import dev.ivsinspector.aws.org.PacedPortal;
import dev.ivsinspector.aws.org.RoleRule;
import dev.ivsinspector.aws.org.SsoPortal;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.store.InventoryEntry;
import dev.ivsinspector.store.InventoryStore;
import dev.ivsinspector.testing.DemoOrganizationRig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * A generated organization (N accounts × every IVS region, 10,000 configurations) behind the demo endpoint
 * with AWS-like limits: 5 requests per second per account-region, 50 ms per call, 1 % ThrottlingException, the
 * portal at 10 per second. Lists it all into the inventory and prints the time beside the least the limits allow,
 * the seconds over any limit, then how fast the next start reads and searches that inventory.
 * Usage: OrganizationBench [accounts=200] [configurations=10000]
 */
public final class OrganizationBench {

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<String> regions = IvsClient.serviceMetadata().regions().stream().map(r -> r.id())
                .filter(id -> !id.contains("-gov-") && !id.startsWith("cn-") && !id.startsWith("fips")).sorted().toList();
        SampleOrganization organization = SampleOrganization.generated(accounts, regions, total,
                SampleOrganization.Limits.AWS_LIKE);
        Path inventoryFile = Path.of(System.getProperty("bench.inventory", "target/bench/inventory.db"));
        Files.deleteIfExists(inventoryFile);
        System.out.printf("organization: %d accounts x %d IVS regions (%s), %d configurations%n", accounts,
                regions.size(), String.join(",", regions), organization.configurationCount());

        AtomicInteger rows = new AtomicInteger();
        Map<AccountRegionStatus.State, AtomicInteger> finalStates = new ConcurrentHashMap<>();
        long started;
        long elapsedNanos;
        int portalCalls;
        int ivsCalls;
        try (DemoOrganizationRig rig = new DemoOrganizationRig(organization).signIn();
             InventoryStore store = InventoryStore.open(inventoryFile, Clock.systemUTC());
             SsoPortal portal = new SsoPortal(rig.portal(), new PacedPortal(PacedPortal.ASSUMED_PORTAL_RATE,
                     Backoff.STANDARD))) {
            long requestsBefore = rig.endpoint().organizationTraffic().orElseThrow().requests();
            store.beginRefresh();
            OrganizationFanOut fanOut = new OrganizationFanOut(portal, rig.connection(), OrganizationFanOut.Options.AWS);
            started = System.nanoTime();
            fanOut.run(RoleRule.READ_ONLY, regions, new OrganizationFanOut.Listener() {
                @Override
                public void status(AccountRegionStatus status) {
                    if (status.finished()) {
                        finalStates.computeIfAbsent(status.state(), s -> new AtomicInteger()).incrementAndGet();
                        if (status.state() == AccountRegionStatus.State.LISTED) {
                            write(() -> store.completed(status.accountId(), status.region()));
                        }
                    }
                }

                @Override
                public void listed(AccountRegionStatus where, List<RecordingConfigurationSummary> page) {
                    rows.addAndGet(page.size());
                    List<InventoryEntry> entries = page.stream().map(c -> new InventoryEntry(c.arn(), c.name(),
                            c.stateAsString(), c.destinationConfiguration().s3().bucketName(), c.tags())).toList();
                    write(() -> store.record(where.accountId(), where.accountName(), where.region(), entries, null, null));
                }
            });
            elapsedNanos = System.nanoTime() - started;
            store.finishRefresh();
            var traffic = rig.endpoint().organizationTraffic().orElseThrow();
            long requests = traffic.requests() - requestsBefore;
            int pages = (accounts + 99) / 100;
            portalCalls = pages + 2 * accounts;
            ivsCalls = (int) (requests - portalCalls);
            double least = Math.max(Math.max(0, portalCalls - PacedPortal.ASSUMED_PORTAL_RATE)
                    / (double) PacedPortal.ASSUMED_PORTAL_RATE, 0) + 3 * organization.limits().latency().toMillis() / 1000.0;
            double took = elapsedNanos / 1e9;
            System.out.printf("listed %d of %d configurations; account-regions %s; %d IVS throttled and retried%n",
                    rows.get(), organization.configurationCount(), finalStates, fanOut.throttled());
            System.out.printf("ORG_LIST_SECONDS %.1f vs least the limits allow %.1f (%d portal calls at %d/s + latency)"
                    + " = %.2fx [goal <= 1.2x]%n", took, least, portalCalls, PacedPortal.ASSUMED_PORTAL_RATE, took / least);
            System.out.printf("ORG_SECONDS_OVER_A_LIMIT %d (of %d requests: ~%d portal, ~%d IVS) [goal 0]%n",
                    traffic.overruns().size(), requests, portalCalls, ivsCalls);
        }

        // The next start: open the file, read every row with its marks, then search as a person types.
        long openStart = System.nanoTime();
        try (InventoryStore next = InventoryStore.open(inventoryFile, Clock.systemUTC())) {
            int read = next.rows().size();
            double openMs = (System.nanoTime() - openStart) / 1e6;
            System.out.printf("INVENTORY_NEXT_START_READ_MS %.1f for %d rows [goal: shown within 300 ms of the window]%n",
                    openMs, read);
            String typed = "show-000";
            List<Double> keystrokes = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (int i = 1; i <= typed.length(); i++) {
                    long t = System.nanoTime();
                    next.search(typed.substring(0, i));
                    keystrokes.add((System.nanoTime() - t) / 1e6);
                }
            }
            keystrokes.sort(Double::compare);
            System.out.printf("INVENTORY_SEARCH_KEYSTROKE_MS p50 %.2f p90 %.2f over %d keystrokes [goal p50 <= 16]%n",
                    keystrokes.get(keystrokes.size() / 2), keystrokes.get(keystrokes.size() * 9 / 10), keystrokes.size());
        }
        System.exit(0);
    }

    private interface Write {
        void run() throws Exception;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
