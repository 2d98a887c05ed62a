package dev.ivsinspector.bench;

import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.demo.TrafficMeter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated organization's demo endpoint in a process of its own, as AWS is never in the app's process: the
 * benchmark's peak RSS is then the app's. Started by {@link #start}; it prints {@code LISTENING uri configurations
 * least-seconds}, answers each {@code traffic} line on its input with {@code TRAFFIC requests overruns}, and ends
 * with its input.
 */
final class OrganizationEndpoint implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final BufferedWriter in;
    final URI uri;
    final int configurations;
    final double leastSeconds;

    private OrganizationEndpoint(Process process) throws IOException {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        String[] listening = expect("LISTENING");
        uri = URI.create(listening[1]);
        configurations = Integer.parseInt(listening[2]);
        leastSeconds = Double.parseDouble(listening[3]);
    }

    /** Starts the endpoint's process (same Java, same class path); its log goes to {@code log}. */
    static OrganizationEndpoint start(int accounts, int total, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:+UseParallelGC", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                OrganizationEndpoint.class.getName(), Integer.toString(accounts), Integer.toString(total)));
        String nice = System.getenv().getOrDefault("DEMO_NICE", "0");
        if (!nice.equals("0")) {
            command.addAll(0, List.of("nice", "-n", nice));
        }
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        return new OrganizationEndpoint(process);
    }

    /** Requests served so far and the seconds in which any account-region or the portal got more than its limit. */
    long[] traffic() throws IOException {
        in.write("traffic\n");
        in.flush();
        String[] traffic = expect("TRAFFIC");
        return new long[] {Long.parseLong(traffic[1]), Long.parseLong(traffic[2])};
    }

    private String[] expect(String what) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(what + " ")) {
                return line.split(" ");
            }
        }
        throw new IOException("The organization's endpoint ended without " + what + " (see its log)");
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // it is stopped below anyway
        }
        process.destroy();
    }

    public static void main(String[] args) throws IOException {
        int accounts = Integer.parseInt(args[0]);
        int total = Integer.parseInt(args[1]);
        List<String> regions = OrganizationBench.ivsRegions();
        SampleOrganization organization = SampleOrganization.generated(accounts, regions, total,
                SampleOrganization.Limits.AWS_LIKE);
        try (DemoEndpoint endpoint = DemoEndpoint.start(SampleAccount.standard(), organization, 0)) {
            System.out.printf("LISTENING %s %d %.3f%n", endpoint.uri(), organization.configurationCount(),
                    OrganizationBench.leastSeconds(organization, regions));
            System.out.flush();
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            TrafficMeter meter = endpoint.organizationTraffic().orElseThrow();
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                if (line.equals("traffic")) {
                    System.out.printf("TRAFFIC %d %d%n", meter.requests(), meter.overruns().size());
                    System.out.flush();
                }
            }
        }
    }
}
