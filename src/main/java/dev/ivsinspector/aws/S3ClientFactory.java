package dev.ivsinspector.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
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

    /** Signs for the client's region and endpoint with the same credentials, so the URL points where the client does. */
    S3Presigner presigner(S3Client client, String region) {
        S3Presigner.Builder builder = S3Presigner.builder().s3Client(client).region(Region.of(region))
                .credentialsProvider(credentials);
        // The client's endpoint: the connection's, or one the SDK read from AWS_ENDPOINT_URL(_S3) or the profile.
        URI endpoint = settings.endpointOverride() != null ? settings.endpointOverride()
                : client.serviceClientConfiguration().endpointOverride().orElse(null);
        if (endpoint != null) {
            builder.endpointOverride(endpoint)
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle(endpoint)).build());
        }
        return builder.build();
    }

    static boolean pathStyle(URI endpoint) {
        if (endpoint == null || endpoint.getHost() == null) {
            return false;
        }
        String host = endpoint.getHost();
        return host.equalsIgnoreCase("localhost") || host.matches("[0-9.]+") || host.startsWith("[");
    }
}
