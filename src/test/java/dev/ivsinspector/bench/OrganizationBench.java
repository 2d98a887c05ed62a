package dev.ivsinspector.bench;

import dev.ivsinspector.app.MainWindow;
import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.aws.org.AccountDirectory;
import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.aws.org.Backoff;
import dev.ivsinspector.aws.org.PacedPortal;
import dev.ivsinspector.aws.org.SdkConfigAggregators;
import dev.ivsinspector.aws.org.SsoPortal;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.store.InventoryStore;
import dev.ivsinspector.testing.DemoOrganizationRig;
import dev.ivsinspector.ui.accounts.AccountPickerWindow;
import dev.ivsinspector.ui.accounts.AllAccountsViewModel;
import dev.ivsinspector.ui.accounts.Inventory;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.common.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import software.amazon.awssdk.services.ivs.IvsClient;

/**
 * All accounts against a generated organization (N accounts × every IVS region) behind the demo endpoint with
 * AWS-like limits: 5 requests per second per account-region, 50 ms per call, 1 % ThrottlingException, the portal
 * at 10 per second. Runs the app's own All accounts (view-model, real FXML view, inventory) and prints:
 * <ul>
 *   <li>{@code list}: the time to list everything beside the least time the limits and latency allow, seconds
 *       over any limit, the FX thread's longest stall meanwhile and this process's peak RSS (the demo endpoint runs
 *       in a process of its own, {@link OrganizationEndpoint});</li>
 *   <li>{@code next-start} (a fresh process, after {@code list}): the time from the window shown to the stored
 *       inventory shown, and the time from a keystroke in the filter to the filtered rows, p50 and p90.</li>
 * </ul>
 * Usage: OrganizationBench list|next-start [accounts=200] [configurations=10000]
 */
public final class OrganizationBench {

    private static final String TYPED = "show-000";

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "list";
        int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int total = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        Path inventoryFile = Path.of(System.getProperty("bench.inventory", "target/bench/inventory.db"));
        FxBench.startToolkit();
        try {
            if (mode.equals("list")) {
                list(accounts, total, inventoryFile);
            } else {
                nextStart(inventoryFile);
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the toolkit's thread would keep the JVM (and the script) waiting
        }
        System.exit(0);
    }

    static List<String> ivsRegions() {
        return IvsClient.serviceMetadata().regions().stream().map(r -> r.id())
                .filter(id -> !id.contains("-gov-") && !id.startsWith("cn-") && !id.startsWith("fips")).sorted().toList();
    }

    private static void list(int accounts, int total, Path inventoryFile) throws Exception {
        List<String> regions = ivsRegions();
        Files.createDirectories(inventoryFile.getParent());
        Files.deleteIfExists(inventoryFile);
        try (OrganizationEndpoint endpoint = OrganizationEndpoint.start(accounts, total,
                     inventoryFile.resolveSibling("organization-endpoint.log"));
             DemoOrganizationRig rig = DemoOrganizationRig.at(endpoint.uri).signIn();
             SsoPortal portal = new SsoPortal(rig.portal(), new PacedPortal(PacedPortal.ASSUMED_PORTAL_RATE,
                     Backoff.STANDARD));
             FxBench.StallWatch stalls = new FxBench.StallWatch()) {
            System.out.printf("organization: %d accounts x %d IVS regions, %d configurations, served by a process of"
                    + " its own; toolkit %s%n", accounts, regions.size(), endpoint.configurations, FxBench.toolkitName());
            showMainWindowFirst(endpoint.uri);
            Inventory inventory = new Inventory(inventoryFile, Clock.systemUTC());
            AllAccountsViewModel vm = new AllAccountsViewModel(new AllAccountsViewModel.Services(
                    () -> Optional.<AccountDirectory>of(portal), rig::connection, regions, Messages.bundle(), inventory,
                    new SdkConfigAggregators()), new FxTaskExecutor());
            show(vm);
            FxBench.settle(300);
            CountDownLatch done = new CountDownLatch(1);
            CountDownLatch readBack = new CountDownLatch(1);
            FxBench.onFxRun(() -> {
                vm.allRegionsProperty().set(true);
                vm.runningProperty().addListener((obs, was, now) -> {
                    if (!now) {
                        done.countDown();
                    }
                });
                // After a listing the view reads the inventory back with its marks, which sets its age.
                vm.ageProperty().addListener((obs, was, now) -> {
                    if (done.getCount() == 0) {
                        readBack.countDown();
                    }
                });
            });
            long requestsBefore = endpoint.traffic()[0];
            stalls.begin();
            long started = System.nanoTime();
            FxBench.onFxRun(vm::start);
            if (!done.await(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("All accounts did not finish within 30 minutes");
            }
            double took = (System.nanoTime() - started) / 1e9;
            if (!readBack.await(2, TimeUnit.MINUTES)) { // its stalls and memory count too
                throw new IllegalStateException("The inventory was not read back within 2 minutes of the listing");
            }
            stalls.end();
            long[] traffic = endpoint.traffic();
            stalls.busiestStretches(3).forEach(stretch -> {
                System.out.println("FX busy stretch, " + stretch.size() + " samples 2 ms apart:");
                stretch.forEach(stack -> System.out.println("  " + stack));
            });
            Map<AccountRegionStatus.State, Integer> states = new TreeMap<>();
            int throttled = FxBench.onFx(() -> {
                vm.statuses().forEach(s -> states.merge(s.state(), 1, Integer::sum));
                return vm.statuses().stream().mapToInt(AccountRegionStatus::throttled).sum();
            });
            int rows = FxBench.onFx(() -> vm.rows().size());
            long requests = traffic[0] - requestsBefore;
            double least = endpoint.leastSeconds;
            System.out.printf("listed %d of %d configurations; account-regions %s; %d IVS calls throttled and retried;"
                    + " %d requests%n", rows, endpoint.configurations, states, throttled, requests);
            System.out.printf("ORG_LIST_SECONDS %.1f vs least the limits and latency allow %.1f = %.2fx [goal <= 1.2x]%n",
                    took, least, took / least);
            System.out.printf("ORG_SECONDS_OVER_A_LIMIT %d [goal 0]%n", traffic[1]);
            System.out.printf("ORG_FX_LONGEST_STALL_MS runLater %.1f (ended %.0f ms into the listing of %.0f, at %s),"
                    + " pulse gap %.1f (ended %.0f ms in); FX thread's CPU between two heartbeats at most %.1f"
                    + " (ended at %s), with the renderer's at most %.1f [goal <= 50]%n", stalls.maxRunLaterDelayMs(),
                    (stalls.maxRunLaterDelayEndedNanos() - started) / 1e6, took * 1000,
                    java.time.Instant.ofEpochMilli(stalls.maxRunLaterDelayEndedAtMillis()), stalls.maxPulseGapMs(),
                    (stalls.maxPulseGapEndedNanos() - started) / 1e6, stalls.maxCpuBetweenBeatsMs(),
                    java.time.Instant.ofEpochMilli(stalls.maxCpuEndedAtMillis()), stalls.maxCpuWithRenderingMs());
            System.out.printf("ORG_FX_CPU_WHILE_LISTING_S FX thread %.1f, renderer %.1f%n",
                    stalls.cpuWhileMeasuredMs()[0] / 1000, stalls.cpuWhileMeasuredMs()[1] / 1000);
            System.out.printf("ORG_PEAK_RSS_KB %d (this process: the app's All accounts and its window; the"
                    + " endpoint runs in its own)%n", peakRssKb());
            inventory.close();
        }
    }

    /**
     * The least time the limits and latency allow: every portal call at the portal's rate (the account list, then
     * each account's roles and credentials), the last account's role and credential calls one after the other, and
     * then its IVS pages one after the other; or, when more, the account-region with the most pages at 5 per second.
     */
    static double leastSeconds(SampleOrganization organization, List<String> regions) {
        SampleOrganization.Limits limits = organization.limits();
        double latency = limits.latency().toMillis() / 1000.0;
        int accounts = organization.members().size();
        int portalCalls = (accounts + 99) / 100 + 2 * accounts;
        int maxPages = 1;
        for (SampleOrganization.Member m : organization.members()) {
            for (String region : regions) {
                long inRegion = m.account().configs().stream().filter(c -> c.region().equals(region)).count();
                maxPages = (int) Math.max(maxPages, Math.max(1, (inRegion + 99) / 100));
            }
        }
        double portalBound = (portalCalls - 1) / (double) limits.portalRequestsPerSecond() + latency
                + maxPages * latency;
        double ivsBound = 2 * latency + Math.max(maxPages * latency,
                (maxPages - 1) / (double) limits.ivsRequestsPerSecond() + latency);
        return Math.max(portalBound, ivsBound);
    }

    /** A fresh process opening the stored inventory as the app's next start does, then typing into the filter. */
    private static void nextStart(Path inventoryFile) throws Exception {
        int stored;
        try (InventoryStore peek = InventoryStore.open(inventoryFile, Clock.systemUTC())) {
            stored = peek.rows().size();
        }
        // Measured in a process of its own from here: only the count above was read before.
        Inventory inventory = new Inventory(inventoryFile, Clock.systemUTC());
        AllAccountsViewModel vm = new AllAccountsViewModel(new AllAccountsViewModel.Services(Optional::empty,
                () -> null, ivsRegions(), Messages.bundle(), inventory, new SdkConfigAggregators()), new FxTaskExecutor());
        CountDownLatch shown = new CountDownLatch(1);
        long[] shownAt = new long[1];
        double[] windowTook = new double[1];
        long windowShown = FxBench.onFx(() -> {
            vm.rows().addListener((ListChangeListener<Object>) c -> {
                if (vm.rows().size() >= stored && shown.getCount() > 0) {
                    shownAt[0] = System.nanoTime();
                    shown.countDown();
                }
            });
            // As the app does at start: the stored inventory is asked for before the window is shown.
            long asked = System.nanoTime();
            vm.showInventory();
            showOnFxThread(vm);
            long at = System.nanoTime();
            windowTook[0] = (at - asked) / 1e6;
            return at;
        });
        if (!shown.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The stored inventory was not shown within 60 s");
        }
        System.out.printf("INVENTORY_SHOWN_MS %.1f after the window, %d rows [goal <= 300]; the window took %.0f ms"
                + " to build and show, the rows being read meanwhile%n", (shownAt[0] - windowShown) / 1e6, stored,
                windowTook[0]);
        List<Double> keystrokes = new ArrayList<>();
        List<Double> queries = new ArrayList<>();
        List<Double> keystrokeCpu = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (int i = 1; i <= TYPED.length(); i++) {
                double ms = keystroke(vm, TYPED.substring(0, i));
                long t0 = System.nanoTime();
                inventory.search(TYPED.substring(0, i));
                if (round > 0) { // round 0 warms the JIT, as in the browse benchmark
                    keystrokes.add(ms);
                    keystrokeCpu.add(lastKeystrokeCpuMs);
                    queries.add((System.nanoTime() - t0) / 1e6);
                }
            }
            keystroke(vm, "");
        }
        keystrokes.sort(Double::compare);
        keystrokeCpu.sort(Double::compare);
        queries.sort(Double::compare);
        System.out.printf("INVENTORY_SEARCH_KEYSTROKE_MS p50 %.2f p90 %.2f over %d keystrokes, on the FX thread from"
                        + " the new text to the filtered, laid-out table; its CPU time p50 %.2f p90 %.2f [goal p50 <= 16]%n",
                Stats.median(keystrokes), Stats.percentile(keystrokes, 90), keystrokes.size(), Stats.median(keystrokeCpu),
                Stats.percentile(keystrokeCpu, 90));
        System.out.printf("INVENTORY_FULL_TEXT_QUERY_MS p50 %.2f p90 %.2f (off the FX thread; what it finds beyond the"
                + " rows' own text is added when it answers)%n", Stats.median(queries), Stats.percentile(queries, 90));
        inventory.close();
    }

    /** One keystroke as the browse benchmark times it: on the FX thread, the new text to the laid-out window. */
    private static double keystroke(AllAccountsViewModel vm, String text) throws InterruptedException {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] wallAndCpu = FxBench.onFx(() -> {
            Parent root = shownRoot;
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            vm.filterProperty().set(text);
            root.applyCss();
            root.layout();
            return new double[] {(System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6};
        });
        Thread.sleep(20); // let the pulse render, as between real keystrokes
        lastKeystrokeCpuMs = wallAndCpu[1];
        return wallAndCpu[0];
    }

    /**
     * All accounts opens from the main window, which has by then shown its browse table (in the app's theme) and
     * fetched a configuration: the same JavaFX and SDK code has run once, as it has in the app. Unless
     * -Dbench.mainWindowFirst=false, which lists from a JVM that has shown nothing before.
     */
    private static void showMainWindowFirst(java.net.URI demoAccount) throws InterruptedException {
        FxBench.applyAppTheme();
        if (!Boolean.parseBoolean(System.getProperty("bench.mainWindowFirst", "true"))) {
            return;
        }
        // The endpoint's own demo account (outside this process, as AWS is).
        MainWindow window = FxBench.showWindow(new SdkIvsGateway(ConnectionSettings.demo(demoAccount)), demoAccount,
                List.of(), "us-west-2");
        FxBench.onFxRun(() -> {
            window.browse().loadRegions("us-west-2");
            window.browse().refresh();
            window.inspector().open(SampleAccount.standardSampleArns().get(0));
        });
        FxBench.await("the main window showed no configuration", 30,
                () -> window.inspector().shownConfigurationProperty().get() != null
                        && !window.browse().allRows().isEmpty());
        FxBench.settle(300);
        // Monocle draws every shown window into one screen in software on each frame, work a desktop's compositor
        // does not do on the app's cores: the main window, once shown, is hidden.
        FxBench.onFxRun(() -> window.root().getScene().getWindow().hide());
    }

    private static void show(AllAccountsViewModel vm) {
        FxBench.onFxRun(() -> showOnFxThread(vm));
    }

    private static Parent shownRoot;
    /** The FX thread's CPU time in the last keystroke: what a machine busy with other work does not lengthen. */
    private static double lastKeystrokeCpuMs;

    private static void showOnFxThread(AllAccountsViewModel vm) {
        Stage stage = new Stage();
        shownRoot = AccountPickerWindow.loadAllAccounts(vm);
        String[] size = System.getProperty("bench.orgWindow", "1440x900").split("x");
        stage.setScene(new Scene(shownRoot, Double.parseDouble(size[0]), Double.parseDouble(size[1])));
        stage.show();
    }

    private static long peakRssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
