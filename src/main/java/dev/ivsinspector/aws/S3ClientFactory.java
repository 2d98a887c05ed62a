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
 * same endpoint. An endpoint the user set gets path-style addressing (see {@link #pathStyleFor}).
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
                .forcePathStyle(pathStyleFor(settings))
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
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        }
        return builder.build();
    }

    /**
     * TRUE when S3 calls go to an endpoint the user set (--endpoint-url, AWS_ENDPOINT_URL(_S3) or their system
     * properties), else null so the SDK decides. Such endpoints (loopback, an IP, an S3-compatible host) have no
     * per-bucket host names, and the SDK's rules choose path-style for an IP only for some bucket names (not
     * for names with dots). Every S3 client of the app asks here, so all of them address a bucket alike.
     */
    static Boolean pathStyleFor(ConnectionSettings settings) {
        if (settings.endpointOverride() != null) {
            return Boolean.TRUE;
        }
        for (String name : new String[] {"aws.endpointUrlS3", "aws.endpointUrl"}) {
            if (System.getProperty(name) != null) {
                return Boolean.TRUE;
            }
        }
        boolean fromEnvironment = System.getenv("AWS_ENDPOINT_URL_S3") != null || System.getenv("AWS_ENDPOINT_URL") != null;
        return fromEnvironment ? Boolean.TRUE : null;
    }
}
