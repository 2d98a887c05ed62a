package dev.ivsinspector.aws;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The settings every SDK client of the app gets (IVS, STS): explicit region and credentials (no slow
 * look-ups at start), the url-connection HTTP client, standard retries and a bounded call time.
 * Endpoint and profile settings not given are left to the SDK, so AWS_ENDPOINT_URL_* and endpoint_url work;
 * whatever endpoint the SDK resolves, plain http goes only to this machine and answers are bounded in size
 * ({@link OutsideInputGuard}).
 */
public final class SdkClientDefaults {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private SdkClientDefaults() {
    }

    /**
     * The endpoint rule and the answer-size bound, for a client that cannot take all of {@link #configure}
     * (e.g. an anonymous sign-in client).
     */
    public static ExecutionInterceptor outsideInputGuard() {
        return new OutsideInputGuard();
    }

    public static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder, ConnectionSettings settings, AwsCredentialsProvider credentials, String region,
            ExecutionInterceptor... interceptors) {
        builder.region(Region.of(region))
                .credentialsProvider(credentials)
                // A read blocked on a dead connection is only ended by the socket timeout, not by apiCallTimeout.
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(settings.callTimeout()))
                .overrideConfiguration(o -> {
                    // Without these the SDK uses LEGACY retries and no overall timeout: minutes in the worst case.
                    o.retryStrategy(RetryMode.STANDARD);
                    o.apiCallTimeout(settings.callTimeout());
                    o.addExecutionInterceptor(outsideInputGuard());
                    for (ExecutionInterceptor interceptor : interceptors) {
                        o.addExecutionInterceptor(interceptor);
                    }
                    settings.profileName().ifPresent(o::defaultProfileName);
                });
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder;
    }
}
