package dev.ivsinspector.testing;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.Page;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * A gateway for view-model tests: answers from a map, fails on demand, and can hold a call until released,
 * to test busy state, cancellation and late answers.
 */
public final class FakeGateway implements IvsGateway {

    private final Map<String, RecordingConfiguration> configurations = new ConcurrentHashMap<>();
    private final Map<String, IvsCallException> failures = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    public FakeGateway with(RecordingConfiguration configuration) {
        configurations.put(configuration.arn(), configuration);
        return this;
    }

    public FakeGateway failing(String arn, IvsCallException failure) {
        failures.put(arn, failure);
        return this;
    }

    /** The call for this ARN waits until {@link #release} (or until its thread is interrupted). */
    public FakeGateway holding(String arn) {
        holds.put(arn, new CountDownLatch(1));
        return this;
    }

    public void release(String arn) {
        holds.get(arn).countDown();
    }

    public List<String> calls() {
        return calls;
    }

    @Override
    public Page<RecordingConfigurationSummary> listRecordingConfigurations(String region, String nextToken, int maxResults) {
        calls.add("list:" + region + ":" + nextToken);
        List<RecordingConfigurationSummary> all = configurations.values().stream()
                .filter(c -> RecordingConfigurationArn.parse(c.arn()).region().equals(region))
                .sorted(java.util.Comparator.comparing(RecordingConfiguration::arn))
                .map(c -> RecordingConfigurationSummary.builder().arn(c.arn()).name(c.name()).state(c.stateAsString())
                        .destinationConfiguration(c.destinationConfiguration()).tags(c.hasTags() ? c.tags() : null).build())
                .toList();
        int from = nextToken == null ? 0 : Integer.parseInt(nextToken);
        int to = Math.min(all.size(), from + maxResults);
        return new Page<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
    }

    @Override
    public Page<ChannelSummary> listChannelsUsing(RecordingConfigurationArn arn, String nextToken) {
        calls.add("channels:" + arn.value());
        return new Page<>(List.of(), null);
    }

    @Override
    public Map<String, String> tags(RecordingConfigurationArn arn) {
        calls.add("tags:" + arn.value());
        return Map.of();
    }

    @Override
    public List<String> regions() {
        return List.of("eu-west-1", "us-east-1", "us-west-2");
    }

    /** The GetRecordingConfiguration calls made, in order. */
    public List<String> getCalls() {
        return calls.stream().filter(c -> c.startsWith("arn:")).toList();
    }

    @Override
    public GetRecordingConfigurationResponse getRecordingConfiguration(RecordingConfigurationArn arn) {
        calls.add(arn.value());
        CountDownLatch hold = holds.get(arn.value());
        if (hold != null) {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw IvsCallException.of(ErrorKind.CANCELLED, "GetRecordingConfiguration", "interrupted");
            }
        }
        IvsCallException failure = failures.get(arn.value());
        if (failure != null) {
            throw failure;
        }
        RecordingConfiguration configuration = configurations.get(arn.value());
        if (configuration == null) {
            throw new IvsCallException(ErrorKind.NOT_FOUND, "GetRecordingConfiguration", "not found",
                    "ResourceNotFoundException", 404, "req-404", null);
        }
        return GetRecordingConfigurationResponse.builder().recordingConfiguration(configuration).build();
    }
}
