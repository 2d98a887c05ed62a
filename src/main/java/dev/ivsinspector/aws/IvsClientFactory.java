package dev.ivsinspector.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.ivs.IvsClient;

/**
 * Builds IVS clients for a connection and a region. Region and credentials provider are always explicit,
 * which keeps start-up fast (no region chain lookups); endpoint and profile settings not given here are left
 * to the SDK so AWS_ENDPOINT_URL_IVS and endpoint_url keep working.
 */
final class IvsClientFactory {

    private final ConnectionSettings settings;
    private final AwsCredentialsProvider credentials;

    IvsClientFactory(ConnectionSettings settings) {
        this.settings = settings;
        this.credentials = ConnectionCredentials.forSettings(settings);
    }

    IvsClient create(String region) {
        return SdkClientDefaults.configure(IvsClient.builder(), settings, credentials, region, new RequestIdRecorder())
                .build();
    }

    /**
     * Builds and closes one client with the demo's static keys and no network use, only so the SDK's classes
     * are loaded and initialised (several hundred milliseconds on a cold JVM) before the first real client.
     */
    static void warmUp() {
        new IvsClientFactory(ConnectionSettings.demo(URI.create("http://127.0.0.1:9"))).create("us-west-2").close();
    }
}
