package dev.ivsinspector.aws;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.IvsClientBuilder;

/**
 * Builds IVS clients for a connection and a region. Region and credentials provider are always explicit,
 * which keeps start-up fast (no region chain lookups); endpoint and profile settings not given here are left
 * to the SDK so AWS_ENDPOINT_URL_IVS and endpoint_url keep working.
 */
final class IvsClientFactory {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final ConnectionSettings settings;
    private final AwsCredentialsProvider credentials;

    IvsClientFactory(ConnectionSettings settings) {
        this.settings = settings;
        this.credentials = ConnectionCredentials.forSettings(settings);
    }

    IvsClient create(String region) {
        IvsClientBuilder builder = IvsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(settings.callTimeout()))
                .overrideConfiguration(o -> {
                    // Without these the SDK uses LEGACY retries and no overall timeout: minutes in the worst case.
                    o.retryStrategy(RetryMode.STANDARD);
                    o.apiCallTimeout(settings.callTimeout());
                    o.addExecutionInterceptor(new RequestIdRecorder());
                    settings.profileName().ifPresent(o::defaultProfileName);
                });
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder.build();
    }
}
