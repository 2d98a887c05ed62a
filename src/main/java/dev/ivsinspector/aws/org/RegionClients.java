package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkClientDefaults;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.IvsClientBuilder;

/**
 * One IVS client per region for a whole fan-out; every request brings its account's credentials. The SDK does not
 * retry here: every attempt must pass its account-region's rate limiter, so the fan-out retries itself.
 */
final class RegionClients implements AutoCloseable {

    private final ConnectionSettings connection;
    private final Map<String, IvsClient> clients = new ConcurrentHashMap<>();

    RegionClients(ConnectionSettings connection) {
        this.connection = connection;
    }

    IvsClient client(String region) {
        return clients.computeIfAbsent(region, this::build);
    }

    private IvsClient build(String region) {
        // Anonymous only as the client's default: no request is sent without its account's credentials.
        IvsClientBuilder builder = SdkClientDefaults.configure(IvsClient.builder(), connection,
                AnonymousCredentialsProvider.create(), region);
        builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .retryStrategy(AwsRetryStrategy.doNotRetry()).build());
        return builder.build();
    }

    @Override
    public void close() {
        clients.values().forEach(IvsClient::close);
    }
}
