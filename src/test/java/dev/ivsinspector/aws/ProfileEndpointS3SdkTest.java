package dev.ivsinspector.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.demo.DemoEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S3 at an endpoint named only by the profile's {@code endpoint_url} (no --endpoint-url, no environment), as with
 * a local S3-compatible store, and by the environment: bucket names with dots must be addressed in the path
 * there, since such an endpoint has no host name per bucket. Real SDK clients over real HTTP to the demo endpoint.
 */
class ProfileEndpointS3SdkTest {

    private static final String BUCKET_WITH_DOTS = "prod.live-recordings.us-west-2";
    private DemoEndpoint endpoint;
    private SdkRecordingsGateway gateway;

    @BeforeEach
    void start(@TempDir Path dir) throws IOException {
        endpoint = DemoEndpoint.start();
        Files.writeString(dir.resolve("config"), """
                [profile local-store]
                region = us-west-2
                endpoint_url = %s
                """.formatted(endpoint.uri()));
        Files.writeString(dir.resolve("credentials"), "");
        System.setProperty("aws.configFile", dir.resolve("config").toString());
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("credentials").toString());
        // Demo keys (the demo endpoint checks signatures), the profile's endpoint; no explicit endpoint.
        ConnectionSettings settings = new ConnectionSettings("local-store", null, null, true, null);
        gateway = new SdkRecordingsGateway(() -> settings);
    }

    @AfterEach
    void stop() {
        gateway.close();
        endpoint.close();
        System.clearProperty("aws.configFile");
        System.clearProperty("aws.sharedCredentialsFile");
        System.clearProperty("aws.endpointUrlS3");
    }

    @Test
    void aBucketWithDotsIsListedAtTheProfilesEndpoint() {
        int before = endpoint.requestCount();

        var listing = gateway.listObjects("us-west-2", BUCKET_WITH_DOTS, "ivs/v1/", null, null, 100);

        assertThat(listing.keys()).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("ivs/v1/"));
        assertThat(endpoint.requestCount()).isGreaterThan(before);
    }

    @Test
    void aBucketWithDotsIsListedAtAnEndpointFromTheEnvironment() {
        System.setProperty("aws.endpointUrlS3", endpoint.uri().toString());
        try (SdkRecordingsGateway fromEnvironment = new SdkRecordingsGateway(
                () -> new ConnectionSettings(null, null, null, true, null))) {

            var listing = fromEnvironment.listObjects("us-west-2", BUCKET_WITH_DOTS, "ivs/v1/", null, null, 100);

            assertThat(listing.keys()).isNotEmpty();
        }
    }

    @Test
    void linksPointAtTheProfilesEndpointInThePath() {
        assertThat(gateway.objectUrl("us-west-2", BUCKET_WITH_DOTS, "ivs/v1/x").toString())
                .isEqualTo(endpoint.uri() + "/" + BUCKET_WITH_DOTS + "/ivs/v1/x");
    }
}
