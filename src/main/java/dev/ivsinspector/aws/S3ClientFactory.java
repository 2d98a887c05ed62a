package dev.ivsinspector.aws;

import java.net.URI;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Builds S3 clients the way IVS clients are built (explicit region and credentials, bounded calls,
 * endpoint resolution left to the SDK unless the connection names one), plus a presigner that signs for the
 * same endpoint. An endpoint the user set gets path-style addressing (see {@link #withPathStyleWhereSet}).
 */
final class S3ClientFactory {

    private final ConnectionSettings settings;
    private final AwsCredentialsProvider credentials;

    S3ClientFactory(ConnectionSettings settings) {
        this.settings = settings;
        this.credentials = ConnectionCredentials.forSettings(settings);
    }

    S3Client create(String region) {
        return withPathStyleWhereSet(settings, pathStyle -> SdkClientDefaults.configure(S3Client.builder(), settings,
                        credentials, region, new RequestIdRecorder())
                .forcePathStyle(pathStyle)
                // A bucket in another region answers 301 with its region; the SDK then signs for that region.
                .crossRegionAccessEnabled(true)
                .build());
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
     * Builds a client with path-style addressing when S3 calls go to an endpoint the user set: --endpoint-url, or
     * one the SDK resolves itself from AWS_ENDPOINT_URL(_S3), their system properties or the profile's
     * endpoint_url. Such endpoints (loopback, an IP, an S3-compatible host) have no per-bucket host names, and the
     * SDK's rules would put a bucket's name in the host for some names (those with dots, for one). Otherwise the
     * SDK decides. Every S3 client of the app is built here, so all of them address a bucket alike.
     *
     * @param build builds a client with the given {@code forcePathStyle} (null: the SDK's choice)
     */
    static S3Client withPathStyleWhereSet(ConnectionSettings settings, Function<Boolean, S3Client> build) {
        if (settings.endpointOverride() != null) {
            return build.apply(Boolean.TRUE);
        }
        S3Client client = build.apply(null);
        // Only the SDK knows whether its environment or profile named an endpoint: it reads them while building.
        if (client.serviceClientConfiguration().endpointOverride().isEmpty()) {
            return client;
        }
        client.close();
        return build.apply(Boolean.TRUE);
    }
}
