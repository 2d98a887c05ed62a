package dev.ivsinspector.testing;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

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
