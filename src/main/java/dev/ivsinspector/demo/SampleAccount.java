package dev.ivsinspector.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the demo account contains: recording configurations and channels per region, plus the knobs
 * for faults. Immutable: each {@code withX} returns a new account, so one standard account can be shared
 * by many endpoints and tests without one test's settings leaking into another.
 */
public final class SampleAccount {
    public static final String ACCOUNT_ID = "123456789012";
    public static final Duration DEFAULT_SLOW_DELAY = Duration.ofSeconds(8);

    /** Page {@code pageIndex} (0-based) of ListRecordingConfigurations in {@code region} fails once. */
    public record ListFault(String region, int pageIndex, DemoError error) {
    }

    private final List<SampleConfig> configs;
    private final List<SampleChannel> channels;
    private final List<String> sampleArns;
    private final Duration slowDelay;
    private final List<ListFault> listFaults;
    private final int settleAfterReads;
    /** Regions whose ListRecordingConfigurations sends the same nextToken for ever. */
    private final java.util.Set<String> brokenPagingRegions = new java.util.HashSet<>();
    private final AccountResources resources;
    private final Map<String, SampleConfig> configsByArn = new LinkedHashMap<>();
    private final Map<String, List<SampleConfig>> configsByRegion = new LinkedHashMap<>();

    private SampleAccount(List<SampleConfig> configs, List<SampleChannel> channels, List<String> sampleArns,
            Duration slowDelay, List<ListFault> listFaults, int settleAfterReads, AccountResources resources) {
        this.settleAfterReads = settleAfterReads;
        this.resources = resources;
        this.configs = List.copyOf(configs);
        this.channels = List.copyOf(channels);
        this.sampleArns = List.copyOf(sampleArns);
        this.slowDelay = slowDelay;
        this.listFaults = List.copyOf(listFaults);
        for (SampleConfig c : this.configs) {
            if (configsByArn.put(c.arn(), c) != null) {
                throw new IllegalArgumentException("Duplicate configuration " + c.arn());
            }
            configsByRegion.computeIfAbsent(c.region(), r -> new ArrayList<>()).add(c);
        }
    }

    /** The curated sample data plus 300 generated configurations in ap-south-1 for paging. */
    public static SampleAccount standard() {
        return new SampleAccount(StandardSamples.configs(), StandardSamples.channels(),
                StandardSamples.sampleArns(), DEFAULT_SLOW_DELAY, List.of(), 0,
                AccountResources.of(StandardSamples.buckets()))
                .withGenerated(StandardSamples.PAGING_REGION, StandardSamples.PAGING_REGION_COUNT);
    }

    /** The sample ARNs of {@link #standard()}, without building the account. */
    /** The standard configuration with the widest values (63-character bucket, longest enum values, ten tags). */
    public static final String WIDEST_ARN = "arn:aws:ivs:" + StandardSamples.WIDEST_REGION + ":" + ACCOUNT_ID
            + ":recording-configuration/" + StandardSamples.WIDEST_ID;

    public static List<String> standardSampleArns() {
        return StandardSamples.sampleArns();
    }

    /** An account without configurations or channels (fault ids still work). */
    public static SampleAccount empty() {
        return new SampleAccount(List.of(), List.of(), List.of(), DEFAULT_SLOW_DELAY, List.of(), 0,
                AccountResources.of(List.of()));
    }

    /** An account holding exactly these configurations and no channels. */
    public static SampleAccount of(List<SampleConfig> configs) {
        return new SampleAccount(configs, List.of(), List.of(), DEFAULT_SLOW_DELAY, List.of(), 0,
                AccountResources.of(List.of()));
    }

    /** The same configurations owned by {@code accountId} (their ARNs name it); channels are left out. */
    public SampleAccount withAccountId(String accountId) {
        return carryOver(new SampleAccount(configs.stream().map(c -> c.withAccount(accountId)).toList(), List.of(), List.of(),
                slowDelay, listFaults, settleAfterReads, resources.withAccountId(accountId)));
    }

    /** Adds {@code count} deterministic generated configurations in {@code region} after any already there. */
    public SampleAccount withGenerated(String region, int count) {
        Objects.requireNonNull(region, "region");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        int first = (int) configs(region).stream().filter(GeneratedSamples::isGenerated).count();
        List<SampleConfig> all = new ArrayList<>(configs);
        all.addAll(GeneratedSamples.generate(region, first, count));
        return carryOver(new SampleAccount(all, channels, sampleArns, slowDelay, listFaults, settleAfterReads,
                count == 0 ? resources : resources.withGeneratedBuckets(region)));
    }

    /** How long the {@link FaultIds#SLOW} fault waits before answering. */
    public SampleAccount withSlowDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        return carryOver(new SampleAccount(configs, channels, sampleArns, delay, listFaults, settleAfterReads, resources));
    }

    /**
     * Lets CREATING configurations finish: after {@code reads} GetRecordingConfiguration calls on one of them
     * it answers ACTIVE, as a real configuration does once IVS can write to its bucket. 0 (the default) keeps
     * them CREATING for ever, which list and browse tests rely on.
     */
    public SampleAccount withCreatingSettlingAfter(int reads) {
        if (reads < 0) {
            throw new IllegalArgumentException("reads must not be negative: " + reads);
        }
        return carryOver(new SampleAccount(configs, channels, sampleArns, slowDelay, listFaults, reads, resources));
    }

    /**
     * Makes ListRecordingConfigurations in {@code region} never end: every page holds the region's first
     * configurations and the same nextToken.
     */
    public SampleAccount withNeverEndingListing(String region) {
        SampleAccount changed = carryOver(new SampleAccount(configs, channels, sampleArns, slowDelay, listFaults,
                settleAfterReads, resources));
        changed.brokenPagingRegions.add(region);
        return changed;
    }

    public java.util.Set<String> brokenPagingRegions() {
        return java.util.Set.copyOf(brokenPagingRegions);
    }

    /** The settings kept outside the constructor, copied to a changed account (only while it is being made). */
    private SampleAccount carryOver(SampleAccount changed) {
        changed.brokenPagingRegions.addAll(brokenPagingRegions);
        return changed;
    }

    public int settleAfterReads() {
        return settleAfterReads;
    }

    /**
     * Makes page {@code pageIndex} (0 = the request without nextToken) of ListRecordingConfigurations in
     * {@code region} fail once per endpoint with {@code errorType} (a wire code such as
     * "ThrottlingException"); asking again with the same nextToken then succeeds.
     */
    public SampleAccount withListFault(String region, int pageIndex, String errorType) {
        List<ListFault> faults = new ArrayList<>(listFaults);
        faults.add(new ListFault(region, pageIndex, DemoError.ofCode(errorType)));
        return carryOver(new SampleAccount(configs, channels, sampleArns, slowDelay, faults, settleAfterReads, resources));
    }

    /** A short curated list of interesting ARNs for a drop-down; the first is the richest configuration. */
    public List<String> sampleArns() {
        return sampleArns;
    }

    /** The fault ARNs in a region, in {@link FaultIds#ALL} order (for menus and manual testing). */
    public List<String> faultArns(String region) {
        return FaultIds.ALL.stream().map(id -> FaultIds.arn(region, id)).toList();
    }

    /** Regions that have configurations, in the order they were added. */
    public List<String> regions() {
        LinkedHashSet<String> regions = new LinkedHashSet<>(configsByRegion.keySet());
        channels.forEach(ch -> regions.add(ch.region()));
        return List.copyOf(regions);
    }

    public List<SampleConfig> configs() {
        return configs;
    }

    /** The configurations of one region in list order. */
    public List<SampleConfig> configs(String region) {
        return configsByRegion.getOrDefault(region, List.of());
    }

    public Optional<SampleConfig> config(String arn) {
        return Optional.ofNullable(configsByArn.get(arn));
    }

    public List<SampleChannel> channels() {
        return channels;
    }

    public List<SampleChannel> channels(String region) {
        return channels.stream().filter(ch -> ch.region().equals(region)).toList();
    }

    public Optional<SampleChannel> channel(String arn) {
        return channels.stream().filter(ch -> ch.arn().equals(arn)).findFirst();
    }

    public Duration slowDelay() {
        return slowDelay;
    }

    public List<ListFault> listFaults() {
        return listFaults;
    }

    /** The S3 buckets, the IAM role and the caller's permissions that S3, IAM and STS answer from. */
    public AccountResources resources() {
        return resources;
    }

    /** The same account where nobody has created the service-linked role IVS records through. */
    public SampleAccount withoutServiceLinkedRole() {
        return withResources(resources.withoutServiceLinkedRole());
    }

    /** The same account with other S3/IAM resources (e.g. {@code resources().withoutServiceLinkedRole()}). */
    public SampleAccount withResources(AccountResources newResources) {
        return carryOver(new SampleAccount(configs, channels, sampleArns, slowDelay, listFaults, settleAfterReads,
                Objects.requireNonNull(newResources, "newResources")));
    }
}
