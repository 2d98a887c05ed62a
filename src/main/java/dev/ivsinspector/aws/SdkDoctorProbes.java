package dev.ivsinspector.aws;

import dev.ivsinspector.i18n.Texts;
import dev.ivsinspector.model.doctor.DoctorProbes;
import dev.ivsinspector.model.doctor.ProbeAnswer;
import dev.ivsinspector.model.doctor.ProbeAnswer.Outcome;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * {@link DoctorProbes} over the SDK's S3, IAM and STS clients, built like the IVS ones (explicit region and
 * credentials, bounded call time, standard retries, the connection's endpoint override, else the SDK's own
 * resolution: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_IAM, endpoint_url). Only read operations are called; the
 * list of them is {@link #OPERATIONS}, which a test holds against every SDK call in this class.
 */
public final class SdkDoctorProbes implements DoctorProbes, AutoCloseable {
    /** Every SDK operation this class calls: all of them reads. */
    public static final java.util.List<String> OPERATIONS = java.util.List.of(
            "GetCallerIdentity", "HeadBucket", "GetBucketLocation", "GetBucketPolicy", "GetRole");

    private static final Logger LOG = LoggerFactory.getLogger(SdkDoctorProbes.class);
    /** GetBucketLocation is answered from any region; us-east-1 is where S3 answers it for every bucket. */
    private static final String LOCATION_REGION = "us-east-1";

    private final ConnectionSettings settings;
    private final AwsCredentialsProvider credentials;
    private final Map<String, S3Client> s3Clients = new ConcurrentHashMap<>();
    private IamClient iam;
    private final Map<String, StsClient> stsClients = new ConcurrentHashMap<>();

    public SdkDoctorProbes(ConnectionSettings settings) {
        this.settings = settings;
        this.credentials = ConnectionCredentials.forSettings(settings);
    }

    @Override
    public ProbeAnswer callerAccount(String region) {
        String asked = "STS GetCallerIdentity (" + region + ")";
        return ask(asked, () -> sts(region).getCallerIdentity(),
                r -> ProbeAnswer.ok(asked, r.account(), r.responseMetadata().requestId(), null));
    }

    @Override
    public ProbeAnswer headBucket(String bucket, String region, String expectedOwner) {
        String asked = "S3 HeadBucket " + bucket + (expectedOwner == null ? "" : Texts.format("doctor.asked.expectingOwner", expectedOwner))
                + " (" + region + ")";
        return ask(asked, () -> s3(region).headBucket(r -> r.bucket(bucket).expectedBucketOwner(expectedOwner)),
                (HeadBucketResponse r) -> ProbeAnswer.ok(asked, r.bucketRegion(), RequestIdRecorder.last(), r.bucketRegion()));
    }

    @Override
    public ProbeAnswer bucketLocation(String bucket, String region) {
        String asked = "S3 GetBucketLocation " + bucket + " (" + LOCATION_REGION + ")";
        return ask(asked, () -> s3(LOCATION_REGION).getBucketLocation(r -> r.bucket(bucket)),
                r -> ProbeAnswer.ok(asked, r.locationConstraintAsString() == null ? "" : r.locationConstraintAsString(),
                        RequestIdRecorder.last(), null));
    }

    @Override
    public ProbeAnswer bucketPolicy(String bucket, String region) {
        String asked = "S3 GetBucketPolicy " + bucket + " (" + region + ")";
        return ask(asked, () -> s3(region).getBucketPolicy(r -> r.bucket(bucket)),
                r -> ProbeAnswer.ok(asked, r.policy(), RequestIdRecorder.last(), null));
    }

    @Override
    public ProbeAnswer serviceLinkedRole(String roleName) {
        String asked = "IAM GetRole " + roleName;
        return ask(asked, () -> iam().getRole(r -> r.roleName(roleName)),
                r -> ProbeAnswer.ok(asked, r.role().arn(), RequestIdRecorder.last(), null));
    }

    private <T> ProbeAnswer ask(String asked, Supplier<T> call, Function<T, ProbeAnswer> answer) {
        RequestIdRecorder.clear();
        try {
            return answer.apply(call.get());
        } catch (AwsServiceException e) {
            ProbeAnswer failed = new ProbeAnswer(asked, outcome(e.statusCode()), e.statusCode(),
                    e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode(),
                    e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage(),
                    e.requestId() != null ? e.requestId() : RequestIdRecorder.last(), null, bucketRegion(e));
            LOG.info("{}: {}", asked, failed.answerLine());
            return failed;
        } catch (RuntimeException e) {
            IvsCallException failure = SdkErrors.classify(asked, e);
            LOG.info("{}: no answer ({})", asked, failure.kind());
            return new ProbeAnswer(asked, Outcome.UNREACHABLE, 0, failure.kind().name(), e.getMessage(),
                    RequestIdRecorder.last(), null, null);
        }
    }

    private static Outcome outcome(int status) {
        return switch (status) {
            case 404 -> Outcome.NOT_FOUND;
            case 403 -> Outcome.DENIED;
            case 301 -> Outcome.MOVED;
            default -> Outcome.FAILED;
        };
    }

    private static String bucketRegion(AwsServiceException e) {
        if (e.awsErrorDetails() == null || e.awsErrorDetails().sdkHttpResponse() == null) {
            return null;
        }
        return e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region").orElse(null);
    }

    private S3Client s3(String region) {
        // Not S3ClientFactory's client: that one follows a 301 to the bucket's region, which the region check must see.
        return s3Clients.computeIfAbsent(region, r -> S3ClientFactory.withPathStyleWhereSet(settings,
                pathStyle -> SdkClientDefaults.configure(S3Client.builder().forcePathStyle(pathStyle),
                        settings, credentials, r, new RequestIdRecorder()).build()));
    }

    private synchronized IamClient iam() {
        if (iam == null) {
            // IAM is global: its one endpoint signs as us-east-1.
            iam = SdkClientDefaults.configure(IamClient.builder(), settings, credentials, Region.AWS_GLOBAL.id(),
                    new RequestIdRecorder()).build();
        }
        return iam;
    }

    private StsClient sts(String region) {
        return stsClients.computeIfAbsent(region, r ->
                SdkClientDefaults.configure(StsClient.builder(), settings, credentials, r, new RequestIdRecorder()).build());
    }

    @Override
    public synchronized void close() {
        s3Clients.values().forEach(S3Client::close);
        stsClients.values().forEach(StsClient::close);
        if (iam != null) {
            iam.close();
        }
        if (credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }
}
