package dev.ivsinspector.demo;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/** Real SDK clients pointed at a demo endpoint, built the way the app builds them. */
final class DemoClients {
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);

    private DemoClients() {
    }

    /** No retries and a short call timeout, so each call is exactly one request and fault tests stay quick. */
    static IvsClient ivs(DemoEndpoint endpoint, String region) {
        return ivs(endpoint, region, CALL_TIMEOUT);
    }

    static IvsClient ivs(DemoEndpoint endpoint, String region, Duration callTimeout) {
        return IvsClient.builder()
                .endpointOverride(endpoint.uri())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(DemoEndpoint.ACCESS_KEY_ID, DemoEndpoint.SECRET_ACCESS_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(callTimeout))
                .build();
    }

    /** S3 on the loopback endpoint: path-style, as the app's S3 client asks for it. */
    static S3Client s3(DemoEndpoint endpoint, String region) {
        return S3Client.builder()
                .endpointOverride(endpoint.uri())
                .forcePathStyle(true)
                .region(Region.of(region))
                .credentialsProvider(demoKeys())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(CALL_TIMEOUT))
                .build();
    }

    static IamClient iam(DemoEndpoint endpoint) {
        return IamClient.builder()
                .endpointOverride(endpoint.uri())
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(demoKeys())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(CALL_TIMEOUT))
                .build();
    }

    static StsClient sts(DemoEndpoint endpoint, String region) {
        return StsClient.builder()
                .endpointOverride(endpoint.uri())
                .region(Region.of(region))
                .credentialsProvider(demoKeys())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(CALL_TIMEOUT))
                .build();
    }

    private static StaticCredentialsProvider demoKeys() {
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(DemoEndpoint.ACCESS_KEY_ID, DemoEndpoint.SECRET_ACCESS_KEY));
    }
}
