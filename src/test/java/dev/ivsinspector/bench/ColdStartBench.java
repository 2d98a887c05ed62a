package dev.ivsinspector.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start: process start to a window showing the fully rendered configuration given as an ARN argument,
 * against a loopback endpoint started by the calling script (DemoMain). Every run is a new
 * {@code java ... Launcher ARN --endpoint-url ...} process with {@code -Divsinspector.startup=probe}; the figure
 * is the wall time from spawning it to its FIRST_RENDER line (the probe's own "ms since JVM start" and the
 * peak RSS it read from /proc/self/status are printed too). The same run times
 * {@code aws ivs get-recording-configuration} and prints the ratio. Variants (JVM flags, the JDK's AOT cache,
 * each cache made by a training run with the variant's own flags) are run round-robin so machine noise spreads
 * over all of them.
 *
 * <p>Needs DISPLAY (the script runs Xvfb) and GTK 3: a real glass window, not Monocle.
 *
 * <p>Args: {@code --cp CLASSPATH --endpoint URL --arn ARN [--runs 10] [--work DIR] [--variants a,b]}.
 */
public final class ColdStartBench {

    private static final Pattern FIRST_RENDER = Pattern.compile("FIRST_RENDER (\\d+) vmhwm_kb=(-?\\d+)");
    private static final Pattern SDK_COLD = Pattern.compile(
            "SDK_COLD build_ms=(\\d+) first_call_ms=(\\d+) second_call_ms=(\\d+) jvm_to_ready_ms=(\\d+)");
    private static final String DEMO_KEY = "AKIAIVSDEMO000000000";
    private static final String DEMO_SECRET = "ivs-inspector-demo-secret-key-000000000";

    private record Run(double wallMs, double jvmMs, double hwmMb) {
    }

    private ColdStartBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String cp = opts.get("cp");
        String benchCp = opts.getOrDefault("bench-cp", System.getProperty("java.class.path"));
        String endpoint = opts.get("endpoint");
        String arn = opts.get("arn");
        int runs = Integer.parseInt(opts.getOrDefault("runs", "10"));
        Path work = Path.of(opts.getOrDefault("work", "target/bench"));
        Files.createDirectories(work);
        // The installed app's flags (packaging/jpackage/linux-image.txt) are the baseline; each variant changes one thing.
        List<String> app = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx256m", "-XX:NewSize=8m",
                "-XX:MetaspaceSize=64m", "-Xss512k", "-XX:ReservedCodeCacheSize=32m",
                "-XX:SweeperThreshold=50");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("no-cache c1", app);
        variants.put("aot c1", withCache(work, "c1", app));
        variants.put("aot tiered", withCache(work, "tiered", without(app, "-XX:TieredStopAtLevel")));
        // The young generation's first size bounds how much heap start-up touches before its first collection.
        variants.put("aot c1 default-young", withCache(work, "c1-young", without(app, "-XX:NewSize")));
        variants.put("aot c1 compact-headers", withCache(work, "c1-headers", plus(app, "-XX:+UseCompactObjectHeaders")));
        variants.put("aot c1 xmn8", withCache(work, "c1-xmn8", plus(without(app, "-XX:NewSize"), "-Xmn8m")));
        variants.put("aot c1 serialgc", withCache(work, "c1-serial",
                plus(without(app, "-XX:+UseParallelGC"), "-XX:+UseSerialGC")));
        if (opts.containsKey("variants")) {
            List<String> wanted = Arrays.asList(opts.get("variants").split(","));
            variants.keySet().retainAll(wanted);
        }

        for (Map.Entry<String, List<String>> v : variants.entrySet()) {
            train(cp, endpoint, arn, v.getKey(), v.getValue());
        }

        // One untimed run of each kind first: page cache and the endpoint's JIT are then warm for all.
        app(cp, endpoint, arn, List.of());
        cli(endpoint, arn);

        Map<String, List<Run>> results = new LinkedHashMap<>();
        variants.keySet().forEach(k -> results.put(k, new ArrayList<>()));
        List<Double> cliMs = new ArrayList<>();
        Map<String, Integer> failures = new LinkedHashMap<>();
        List<long[]> sdk = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                Run run = app(cp, endpoint, arn, v.getValue());
                if (run != null) {
                    results.get(v.getKey()).add(run);
                } else {
                    failures.merge(v.getKey(), 1, Integer::sum);
                }
            }
            cliMs.add(cli(endpoint, arn));
            sdk.add(sdkCold(benchCp, endpoint, arn));
        }

        System.out.println();
        System.out.println("Cold start, " + runs + " runs per variant (load average now " + Stats.loadAverage() + ")");
        System.out.printf("%-22s %10s %10s %10s %10s %12s%n", "variant", "wall p50", "wall min", "wall max",
                "jvm p50", "VmHWM p50");
        for (Map.Entry<String, List<Run>> r : results.entrySet()) {
            List<Double> wall = r.getValue().stream().map(Run::wallMs).toList();
            List<Double> jvm = r.getValue().stream().map(Run::jvmMs).toList();
            List<Double> hwm = r.getValue().stream().map(Run::hwmMb).toList();
            System.out.printf("%-22s %8s ms %8s ms %8s ms %8s ms %9s MB%n", r.getKey(), Stats.fmt(Stats.median(wall)),
                    Stats.fmt(wall.stream().mapToDouble(d -> d).min().orElse(0)), Stats.fmt(Stats.max(wall)),
                    Stats.fmt(Stats.median(jvm)), Stats.fmt(Stats.median(hwm)));
        }
        if (!failures.isEmpty()) {
            System.out.println("Runs without FIRST_RENDER (not counted): " + failures);
        }
        double cli = Stats.median(cliMs);
        System.out.printf("%-22s %8s ms %8s ms %8s ms%n", "aws cli get-rec-config", Stats.fmt(cli),
                Stats.fmt(cliMs.stream().mapToDouble(d -> d).min().orElse(0)), Stats.fmt(Stats.max(cliMs)));
        for (Map.Entry<String, List<Run>> r : results.entrySet()) {
            double median = Stats.median(r.getValue().stream().map(Run::wallMs).toList());
            System.out.printf("COLD_START_VS_AWS_CLI_RATIO %-22s %s%n", r.getKey(),
                    String.format(java.util.Locale.ROOT, "%.2f", median / cli));
        }
        System.out.printf("SDK alone in a fresh JVM (what building the client early hides): build p50 %s ms,"
                        + " first call p50 %s ms, warm call p50 %s ms, JVM start to first answer p50 %s ms%n",
                Stats.fmt(Stats.median(sdk.stream().map(a -> a[0]).toList())),
                Stats.fmt(Stats.median(sdk.stream().map(a -> a[1]).toList())),
                Stats.fmt(Stats.median(sdk.stream().map(a -> a[2]).toList())),
                Stats.fmt(Stats.median(sdk.stream().map(a -> a[3]).toList())));
    }

    private static final String CACHE_FLAG = "-XX:AOTCache=";

    /** The variant's flags with its own AOT cache, which {@link #train} makes with the same flags. */
    private static List<String> withCache(Path work, String name, List<String> flags) {
        return plus(flags, CACHE_FLAG + work.toAbsolutePath().resolve("cold-start-" + name + ".aot"));
    }

    private static List<String> without(List<String> flags, String... prefixes) {
        return flags.stream().filter(f -> Arrays.stream(prefixes).noneMatch(f::startsWith)).toList();
    }

    private static List<String> plus(List<String> flags, String... more) {
        List<String> all = new ArrayList<>(flags);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    /** One training run with the variant's flags writes its cache, as the package build does for the app-image. */
    private static void train(String cp, String endpoint, String arn, String name, List<String> flags) throws Exception {
        String cache = flags.stream().filter(f -> f.startsWith(CACHE_FLAG)).findFirst().orElse(null);
        if (cache == null) {
            return;
        }
        Path file = Path.of(cache.substring(CACHE_FLAG.length()));
        Files.deleteIfExists(file);
        List<String> training = new ArrayList<>(flags.stream().filter(f -> !f.startsWith(CACHE_FLAG)).toList());
        training.add("-XX:AOTCacheOutput=" + file);
        List<String> command = new ArrayList<>(List.of(javaBin()));
        command.addAll(training);
        command.addAll(List.of("-Divsinspector.startup=training", "-cp", cp, "dev.ivsinspector.app.Launcher", arn,
                "--endpoint-url", endpoint));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        env(pb);
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        System.out.printf("Training run for %-22s %6.0f ms, cache %d MB%n", name, (System.nanoTime() - start) / 1e6,
                Files.exists(file) ? Files.size(file) >> 20 : -1);
    }

    private static Run app(String cp, String endpoint, String arn, List<String> flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin()));
        command.addAll(flags);
        // Its own config directory: a benchmark must not change the user's remembered window or history.
        command.add("-Divsinspector.configDir=" + System.getProperty("java.io.tmpdir") + "/ivs-inspector-bench-config");
        command.addAll(List.of("-Divsinspector.startup=probe", "-cp", cp,
                "dev.ivsinspector.app.Launcher", arn, "--endpoint-url", endpoint));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        env(pb);
        long start = System.nanoTime();
        Process p = pb.start();
        long[] seenAt = new long[1];
        String line = firstMatching(p, FIRST_RENDER, 60, seenAt);
        double wall = (seenAt[0] - start) / 1e6;
        if (line == null) {
            System.err.println("No FIRST_RENDER from a run with " + flags + " (run not counted)");
            return null;
        }
        Matcher m = FIRST_RENDER.matcher(line);
        m.find();
        return new Run(wall, Double.parseDouble(m.group(1)), Long.parseLong(m.group(2)) / 1024.0);
    }

    private static long[] sdkCold(String cp, String endpoint, String arn) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Daws.disableEc2Metadata=true", "-cp", cp,
                SdkColdCall.class.getName(), endpoint, arn).redirectErrorStream(true);
        env(pb);
        String line = firstMatching(pb.start(), SDK_COLD, 60, new long[1]);
        Matcher m = SDK_COLD.matcher(line);
        m.find();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4))};
    }

    private static double cli(String endpoint, String arn) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("aws", "ivs", "get-recording-configuration", "--endpoint-url", endpoint,
                "--region", "us-west-2", "--arn", arn).redirectErrorStream(true);
        env(pb);
        long start = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (p.exitValue() != 0 || !out.contains("recordingConfiguration")) {
            throw new IllegalStateException("aws cli failed: " + out);
        }
        return ms;
    }

    private static void env(ProcessBuilder pb) {
        Map<String, String> env = pb.environment();
        env.put("AWS_ACCESS_KEY_ID", DEMO_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", DEMO_SECRET);
        env.put("AWS_REGION", "us-west-2");
        env.remove("AWS_PROFILE");
        env.put("AWS_CONFIG_FILE", "/nonexistent/ivs-bench/config");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/ivs-bench/credentials");
    }

    /** Reads the process's output until a line matches; then lets it finish (it exits by itself). */
    private static String firstMatching(Process p, Pattern pattern, int timeoutSeconds, long[] seenAt) throws IOException, InterruptedException {
        String found = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                all.append(line).append('\n');
                if (found == null && pattern.matcher(line).find()) {
                    seenAt[0] = System.nanoTime();
                    found = line;
                }
            }
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (found == null) {
            System.err.println("exit " + (p.isAlive() ? "still running" : p.exitValue()) + ", output:\n" + all);
        }
        return found;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
