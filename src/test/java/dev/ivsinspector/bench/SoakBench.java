package dev.ivsinspector.bench;

import dev.ivsinspector.app.MainWindow;
import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.model.PropertyNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;

/**
 * Soak: many fetches alternating configurations in the real window, pressing Fetch as a user does, and what
 * stays alive: the process's resident set (VmRSS) and the live TreeItem and PropertyNode counts after a full
 * GC (from the JDK's own class histogram, taken with jcmd on this process). Goal: live TreeItems bounded by one
 * tree (flat), RSS growth after warm-up at most 10 MB.
 *
 * <p>Args: {@code [fetches=1000] [checkpoints=100,500,1000]}.
 */
public final class SoakBench {

    private SoakBench() {
    }

    public static void main(String[] args) throws Exception {
        int fetches = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Set<Integer> checkpoints = Set.of(args.length > 1 ? args[1].split(",") : new String[] {"100", "500", "1000"})
                .stream().map(Integer::parseInt).collect(java.util.stream.Collectors.toSet());
        FxBench.startToolkit();
        System.out.println("Soak benchmark on " + FxBench.toolkitName() + ", load average " + Stats.loadAverage()
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        try (DemoEndpoint endpoint = DemoEndpoint.start(SampleAccount.standard());
             SdkIvsGateway gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()))) {
            List<String> arns = endpoint.account().sampleArns();
            MainWindow window = FxBench.showWindow(gateway, endpoint.uri(), arns, "us-west-2");
            Button fetch = FxBench.onFx(() -> (Button) window.root().lookup("#fetchButton"));
            FxBench.settle(500);
            System.out.printf("%-8s %10s %14s %16s %14s%n", "fetches", "RSS MB", "live TreeItem", "live PropertyNode",
                    "heap used MB");
            report(0);
            for (int i = 1; i <= fetches; i++) {
                String next = arns.get(i % 2 == 0 ? 0 : 1);
                fetchAndWait(window, fetch, next);
                if (checkpoints.contains(i)) {
                    FxBench.settle(300);
                    report(i);
                }
            }
            // -Dsoak.heapDump=FILE: a heap dump at the end, to find what keeps objects alive.
            String dump = System.getProperty("soak.heapDump");
            if (dump != null) {
                jcmd("GC.heap_dump", dump).waitFor();
            }
        }
        System.exit(0);
    }

    private static void fetchAndWait(MainWindow window, Button fetch, String arn) throws InterruptedException {
        CountDownLatch shown = new CountDownLatch(1);
        ChangeListener<List<PropertyNode>> nodes = (obs, old, now) -> {
            if (!now.isEmpty() && arn.equals(now.get(0).find("recordingConfiguration.arn").value())) {
                shown.countDown();
            }
        };
        FxBench.onFxRun(() -> {
            window.inspector().nodesProperty().addListener(nodes);
            window.inspector().arnTextProperty().set(arn);
            fetch.fire();
        });
        if (!shown.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Not shown: " + FxBench.onFx(() -> window.inspector().statusProperty().get()));
        }
        FxBench.onFxRun(() -> window.inspector().nodesProperty().removeListener(nodes));
        // Let the channels listing of this configuration finish, as between two presses.
        FxBench.settle(20);
    }

    private static void report(int fetches) throws Exception {
        long[] counts = liveCounts(); // runs a full GC first
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        System.out.printf("SOAK %-5d %10.1f %14d %16d %14d%n", fetches, rssMb(), counts[0], counts[1], heapMb);
    }

    private static double rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static Process jcmd(String... command) throws java.io.IOException {
        String pid = Long.toString(ManagementFactory.getRuntimeMXBean().getPid());
        List<String> line = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid));
        line.addAll(List.of(command));
        return new ProcessBuilder(line).redirectErrorStream(true).start();
    }

    /** TreeItem and PropertyNode instances alive after a full GC (GC.class_histogram collects first). */
    private static long[] liveCounts() throws Exception {
        Process process = jcmd("GC.class_histogram");
        long treeItems = 0;
        long propertyNodes = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length >= 4 && cols[3].equals("javafx.scene.control.TreeItem")) {
                    treeItems = Long.parseLong(cols[1]);
                } else if (cols.length >= 4 && cols[3].equals("dev.ivsinspector.model.PropertyNode")) {
                    propertyNodes = Long.parseLong(cols[1]);
                }
            }
        }
        process.waitFor();
        return new long[] {treeItems, propertyNodes};
    }
}
