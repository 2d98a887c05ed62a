package dev.ivsinspector.aws.connection;

import dev.ivsinspector.aws.ConnectionCredentials;
import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkClientDefaults;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.SdkErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * {@link CallerIdentityService} over STS GetCallerIdentity, which needs no IAM permission, so it tells
 * "credentials work" apart from "IVS access denied". The client is built the way IvsClientFactory builds
 * IVS clients: explicit region and credentials, url-connection HTTP, standard retries and a call timeout.
 */
public final class StsCallerIdentityService implements CallerIdentityService {

    static final String OPERATION = "GetCallerIdentity";
    private static final String FALLBACK_REGION = "us-east-1";
    private static final Logger LOG = LoggerFactory.getLogger(StsCallerIdentityService.class);

    @Override
    public CallerIdentity callerIdentity(ConnectionSettings settings, String region) {
        String effectiveRegion = region != null ? region : settings.region() != null ? settings.region() : FALLBACK_REGION;
        // A new client (and credentials provider) per question: it is asked rarely (on connect, after sign-in),
        // and a fresh provider is what makes a just-written SSO token count.
        AwsCredentialsProvider credentials = ConnectionCredentials.forSettings(settings);
        try (StsClient sts = build(settings, effectiveRegion, credentials)) {
            GetCallerIdentityResponse response = sts.getCallerIdentity();
            CallerIdentity identity = CallerIdentity.of(response.account(), response.arn());
            LOG.info("Connected as {} in account {}", identity.displayName(), identity.account());
            return identity;
        } catch (RuntimeException e) {
            IvsCallException failure = SdkErrors.classify(OPERATION, e);
            LOG.info("{} in {} failed: {} (code {}, status {}, request id {})", OPERATION, effectiveRegion,
                    failure.kind(), failure.errorCode(), failure.httpStatus(), failure.requestId());
            throw failure;
        } finally {
            // The client does not close a provider it was given; an SSO provider holds its own SSO client.
            if (credentials instanceof SdkAutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    private static StsClient build(ConnectionSettings settings, String region, AwsCredentialsProvider credentials) {
        return SdkClientDefaults.configure(StsClient.builder(), settings, credentials, region).build();
    }
}
