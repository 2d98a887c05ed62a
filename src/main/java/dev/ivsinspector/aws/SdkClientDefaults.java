package dev.ivsinspector.aws;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
    /**
     * What ends calls that run past their time, for every client: left to itself the SDK gives each client a pool
     * of up to five threads for that, and All accounts alone builds a client per region besides the portal's.
     * The SDK does not shut down an executor it was given, so closing one client leaves it to the others.
     */
    private static final ScheduledExecutorService CALL_TIMEOUTS = Executors.newScheduledThreadPool(2, work -> {
        Thread thread = new Thread(work, "sdk-call-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    private SdkClientDefaults() {
    }

    /** The one executor that ends overdue calls, for a client built without {@link #configure}. */
    public static ScheduledExecutorService callTimeouts() {
        return CALL_TIMEOUTS;
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
                    o.scheduledExecutorService(CALL_TIMEOUTS);
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
