package dev.ivsinspector.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The four IVS operations over a {@link SampleAccount}, answering as the region the request was signed
 * for: other regions' resources do not exist for it, as in AWS. Transport-free: takes parsed requests,
 * returns {@link Reply}s or throws {@link ApiException}.
 */
final class IvsOperations {
    /** Defaults when maxResults is absent: ListChannels documents 100; ListRecordingConfigurations uses 50 here. */
    static final int DEFAULT_MAX_CONFIGURATIONS = 50;
    static final int DEFAULT_MAX_CHANNELS = 100;

    private final SampleAccount account;
    /** List faults already fired: each fails once, so retrying the same nextToken then succeeds. */
    private final Set<SampleAccount.ListFault> firedListFaults = ConcurrentHashMap.newKeySet();
    /** GetRecordingConfiguration calls per CREATING configuration, for {@link SampleAccount#withCreatingSettlingAfter}. */
    private final Map<String, AtomicInteger> creatingReads = new ConcurrentHashMap<>();

    IvsOperations(SampleAccount account) {
        this.account = account;
    }

    Reply getRecordingConfiguration(SigV4Scope scope, RequestBody request) {
        String arnText = request.string("arn").orElseThrow(() -> DemoError.VALIDATION.exception(
                "1 validation error detected: Value null at 'arn' failed to satisfy constraint: Member must not be null"));
        ResourceArn arn = ResourceArn.recordingConfiguration(arnText);
        Optional<Reply> fault = Faults.reply(arn, "GetRecordingConfiguration", account.slowDelay(),
                () -> Map.of("recordingConfiguration", HostileAnswers.configuration(arn, faultConfiguration(arn))));
        if (fault.isPresent()) {
            return fault.get();
        }
        SampleConfig config = account.config(arnText)
                .filter(c -> c.region().equals(scope.region()))
                .orElseThrow(() -> notFound(arnText));
        Map<String, Object> shape = WireShapes.recordingConfiguration(config);
        if ("CREATING".equals(config.state()) && account.settleAfterReads() > 0
                && creatingReads.computeIfAbsent(arnText, a -> new AtomicInteger()).incrementAndGet() > account.settleAfterReads()) {
            shape = new LinkedHashMap<>(shape);
            shape.put("state", "ACTIVE");
        }
        return Reply.ok(Map.of("recordingConfiguration", shape));
    }

    Reply listRecordingConfigurations(SigV4Scope scope, RequestBody request) {
        if (account.brokenPagingRegions().contains(scope.region())) {
            return HostileAnswers.neverEndingPage("recordingConfigurations",
                    account.configs(scope.region()).stream().limit(DEFAULT_MAX_CONFIGURATIONS)
                            .map(WireShapes::recordingConfigurationSummary).toList(), request, false);
        }
        Pages.Page<SampleConfig> page = Pages.page(account.configs(scope.region()), request,
                DEFAULT_MAX_CONFIGURATIONS, "ListRecordingConfigurations", scope.region());
        failOnceIfConfigured(scope.region(), page.pageIndex());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recordingConfigurations",
                page.items().stream().map(WireShapes::recordingConfigurationSummary).toList());
        if (page.nextToken() != null) {
            body.put("nextToken", page.nextToken()); // absent on the last page, as in the service
        }
        return Reply.ok(body);
    }

    Reply listChannels(SigV4Scope scope, RequestBody request) {
        Optional<String> byConfig = request.string("filterByRecordingConfigurationArn").filter(s -> !s.isEmpty());
        Optional<String> byName = request.string("filterByName").filter(s -> !s.isEmpty());
        Optional<String> byPolicy = request.string("filterByPlaybackRestrictionPolicyArn").filter(s -> !s.isEmpty());
        Optional<Reply> brokenPaging = byConfig.flatMap(arn -> HostileAnswers.brokenChannelPaging(arn, request));
        if (brokenPaging.isPresent()) {
            return brokenPaging.get();
        }
        if (byConfig.isPresent() && byName.isPresent()) {
            throw DemoError.CONFLICT.exception("Filters are mutually exclusive and cannot be used together");
        }
        List<SampleChannel> channels = account.channels(scope.region()).stream()
                .filter(ch -> byConfig.map(arn -> arn.equals(ch.recordingConfigurationArn())).orElse(true))
                .filter(ch -> byName.map(name -> name.equals(ch.name())).orElse(true))
                .filter(ch -> byPolicy.map(arn -> arn.equals(ch.playbackRestrictionPolicyArn())).orElse(true))
                .toList();
        Pages.Page<SampleChannel> page = Pages.page(channels, request, DEFAULT_MAX_CHANNELS, "ListChannels",
                scope.region());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channels", page.items().stream().map(WireShapes::channelSummary).toList());
        if (page.nextToken() != null) {
            body.put("nextToken", page.nextToken());
        }
        return Reply.ok(body);
    }

    Reply listTagsForResource(SigV4Scope scope, String resourceArn) {
        ResourceArn arn = ResourceArn.anyResource(resourceArn);
        Optional<Reply> fault = Faults.reply(arn, "ListTagsForResource", account.slowDelay(),
                () -> Map.of("tags", HostileAnswers.tags(arn.id())));
        if (fault.isPresent()) {
            return fault.get();
        }
        if (!arn.region().equals(scope.region())) {
            throw notFound(resourceArn);
        }
        Map<String, String> tags = account.config(resourceArn).map(c -> c.tags() == null ? Map.<String, String>of() : c.tags())
                .or(() -> account.channel(resourceArn).map(SampleChannel::tags))
                .orElseThrow(() -> notFound(resourceArn));
        return Reply.ok(Map.of("tags", tags));
    }

    private void failOnceIfConfigured(String region, int pageIndex) {
        for (SampleAccount.ListFault fault : account.listFaults()) {
            if (fault.region().equals(region) && fault.pageIndex() == pageIndex && firedListFaults.add(fault)) {
                throw fault.error().exception("Demo list fault on page " + pageIndex + " of " + region
                        + " (fails once; retry with the same nextToken)");
            }
        }
    }

    /** The valid answer of the slow, truncated and reset faults: a plausible configuration for the ARN. */
    private static Map<String, Object> faultConfiguration(ResourceArn arn) {
        Map<String, Object> config = WireShapes.recordingConfiguration(
                SampleConfig.builder(arn.region(), arn.id(), "ivs-demo-" + arn.id(), "ACTIVE")
                        .name(arn.id())
                        .renditions("ALL")
                        .thumbnails("INTERVAL", 60L, null, "SEQUENTIAL")
                        .tags("demo", "fault")
                        .build());
        config.put("arn", arn.arn()); // the ARN as asked, whatever its account
        return config;
    }

    private static ApiException notFound(String arn) {
        return DemoError.RESOURCE_NOT_FOUND.exception("Resource not found: " + arn);
    }
}
