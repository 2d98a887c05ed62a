package dev.ivsinspector.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Builds S3 clients the way IVS clients are built (explicit region and credentials, bounded calls,
 * endpoint resolution left to the SDK unless the connection names one), plus a presigner that signs for the
 * same endpoint. A loopback endpoint gets path-style addressing: a bucket cannot be a sub-domain of an IP.
 */
final class S3ClientFactory {

    private final ConnectionSettings settings;
    private final AwsCredentialsProvider credentials;

    S3ClientFactory(ConnectionSettings settings) {
        this.settings = settings;
        this.credentials = ConnectionCredentials.forSettings(settings);
    }

    S3Client create(String region) {
        return SdkClientDefaults.configure(S3Client.builder(), settings, credentials, region, new RequestIdRecorder())
                .forcePathStyle(pathStyle(settings.endpointOverride()))
                // A bucket in another region answers 301 with its region; the SDK then signs for that region.
                .crossRegionAccessEnabled(true)
                .build();
    }

    /** Signs with the client's own region, credentials and endpoint, so the URL points where the client does. */
    static S3Presigner presigner(S3Client client) {
        return S3Presigner.builder().s3Client(client).build();
    }

    static boolean pathStyle(URI endpoint) {
        if (endpoint == null || endpoint.getHost() == null) {
            return false;
        }
        String host = endpoint.getHost();
        return host.equalsIgnoreCase("localhost") || host.matches("[0-9.]+") || host.startsWith("[");
    }
}
