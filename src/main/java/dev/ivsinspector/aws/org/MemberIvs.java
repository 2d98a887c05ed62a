package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkClientDefaults;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.IvsClientBuilder;
import software.amazon.awssdk.services.ivs.model.ListRecordingConfigurationsResponse;

/**
 * IVS as one member account, a client per region. The SDK does not retry here: every attempt must pass the
 * account-region's rate limiter, so the fan-out retries itself.
 */
final class MemberIvs implements AutoCloseable {

    private final ConnectionSettings connection;
    private final Map<String, IvsClient> clients = new ConcurrentHashMap<>();

    MemberIvs(ConnectionSettings connection) {
        this.connection = connection;
    }

    /** Builds the region's client ahead of the first call, so the time a rate limiter lets it go is when it leaves. */
    void prepare(String region) {
        clients.computeIfAbsent(region, this::client);
    }

    ListRecordingConfigurationsResponse listPage(String region, String nextToken) {
        return clients.computeIfAbsent(region, this::client)
                .listRecordingConfigurations(r -> r.maxResults(100).nextToken(nextToken));
    }

    private IvsClient client(String region) {
        IvsClientBuilder builder = SdkClientDefaults.configure(IvsClient.builder(), connection,
                connection.roleSession().credentials(), region);
        builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .retryStrategy(AwsRetryStrategy.doNotRetry()).build());
        return builder.build();
    }

    @Override
    public void close() {
        clients.values().forEach(IvsClient::close);
        connection.roleSession().close();
    }
}
