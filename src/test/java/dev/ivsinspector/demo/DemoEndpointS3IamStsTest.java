package dev.ivsinspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sts.StsClient;

/** One loopback port answers IVS, S3, IAM and STS, each in its own wire protocol, to the real SDK clients. */
class DemoEndpointS3IamStsTest {
    private static DemoEndpoint endpoint;
    private static DemoEndpoint withoutRole;

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start();
        SampleAccount account = SampleAccount.standard();
        withoutRole = DemoEndpoint.start(account.withResources(account.resources().withoutServiceLinkedRole()
                .denyingCaller("s3:GetBucketLocation")));
    }

    @AfterAll
    static void stop() {
        endpoint.close();
        withoutRole.close();
    }

    @Test
    void oneEndpointServesEveryServiceBySigningName() {
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2");
             S3Client s3 = DemoClients.s3(endpoint, "us-west-2");
             StsClient sts = DemoClients.sts(endpoint, "us-west-2")) {
            assertThat(ivs.listRecordingConfigurations(r -> { }).recordingConfigurations()).isNotEmpty();
            HeadBucketResponse head = s3.headBucket(r -> r.bucket("ivs-minimal-bucket"));
            assertThat(head.bucketRegion()).isEqualTo("us-west-2");
            // The JDK server capitalises header names ("X-amz-request-id"); HTTP header names are
            // case-insensitive and so is the app's reading of them.
            assertThat(head.sdkHttpResponse().firstMatchingHeader("x-amz-request-id")).hasValueSatisfying(
                    id -> assertThat(id).matches("[0-9A-F]{16}"));
            assertThat(sts.getCallerIdentity().account()).isEqualTo(SampleAccount.ACCOUNT_ID);
        }
    }

    @Test
    void headBucketAnswers404ForAMissingBucket() {
        try (S3Client s3 = DemoClients.s3(endpoint, "us-east-1")) {
            NoSuchBucketException e = catchThrowableOfType(NoSuchBucketException.class,
                    () -> s3.headBucket(r -> r.bucket("staging-recordings-missing-bucket")));
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.requestId()).matches("[0-9A-F]{16}");
        }
    }

    @Test
    void headBucketSignedForTheWrongRegionGets301WithTheBucketsRegion() {
        try (S3Client s3 = DemoClients.s3(endpoint, "ap-northeast-1")) {
            S3Exception e = catchThrowableOfType(S3Exception.class,
                    () -> s3.headBucket(r -> r.bucket("osaka-test-recordings")));
            assertThat(e.statusCode()).isEqualTo(301);
            assertThat(e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region"))
                    .hasValue("us-west-2");
        }
    }

    @Test
    void expectedBucketOwnerOfAnotherAccountIsDenied() {
        try (S3Client s3 = DemoClients.s3(endpoint, "us-east-1")) {
            assertThat(s3.headBucket(r -> r.bucket("corp-town-hall-recordings")).bucketRegion()).isEqualTo("us-east-1");
            S3Exception e = catchThrowableOfType(S3Exception.class, () -> s3.headBucket(
                    r -> r.bucket("corp-town-hall-recordings").expectedBucketOwner(SampleAccount.ACCOUNT_ID)));
            assertThat(e.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void getBucketLocationAnswersEmptyForUsEast1AndEuForEuWest1() {
        try (S3Client s3 = DemoClients.s3(endpoint, "us-east-1")) {
            assertThat(s3.getBucketLocation(r -> r.bucket("webinar-archive.us-east-1")).locationConstraintAsString())
                    .isEmpty();
            assertThat(s3.getBucketLocation(r -> r.bucket("eu.gdpr-recordings.example")).locationConstraint())
                    .isEqualTo(BucketLocationConstraint.EU);
            assertThat(s3.getBucketLocation(r -> r.bucket("osaka-test-recordings")).locationConstraintAsString())
                    .isEqualTo("us-west-2");
        }
    }

    @Test
    void getBucketPolicyReturnsTheJsonOrNoSuchBucketPolicyOrAccessDenied() {
        try (S3Client s3 = DemoClients.s3(endpoint, "us-west-2")) {
            assertThat(s3.getBucketPolicy(r -> r.bucket("audio-only.podcast-archive")).policy())
                    .contains("\"Sid\": \"LegalHoldNoWrites\"");
            S3Exception none = catchThrowableOfType(S3Exception.class,
                    () -> s3.getBucketPolicy(r -> r.bucket("ivs-minimal-bucket")));
            assertThat(none.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucketPolicy");
            assertThat(none.statusCode()).isEqualTo(404);
            S3Exception denied = catchThrowableOfType(S3Exception.class,
                    () -> s3.getBucketPolicy(r -> r.bucket("esports-finals-hd")));
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(denied.requestId()).matches("[0-9A-F]{16}");
        }
    }

    @Test
    void callerDeniedActionsAnswerAccessDenied() {
        try (S3Client s3 = DemoClients.s3(withoutRole, "us-east-1")) {
            S3Exception e = catchThrowableOfType(S3Exception.class,
                    () -> s3.getBucketLocation(r -> r.bucket("webinar-archive.us-east-1")));
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        }
    }

    @Test
    void s3WritesAreRefused() throws Exception {
        HttpRequest put = HttpRequest.newBuilder(URI.create(endpoint.uri() + "/ivs-minimal-bucket/x"))
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20251101/us-west-2/s3/aws4_request,"
                        + " SignedHeaders=host, Signature=abc")
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>").contains("<RequestId>");
        assertThat(response.headers().firstValue("x-amz-request-id")).isPresent();
    }

    @Test
    void iamGetRoleFindsTheServiceLinkedRoleOrNoSuchEntity() {
        try (IamClient iam = DemoClients.iam(endpoint); IamClient noRole = DemoClients.iam(withoutRole)) {
            assertThat(iam.getRole(r -> r.roleName(AccountResources.SERVICE_LINKED_ROLE)).role().path())
                    .isEqualTo("/aws-service-role/ivs.amazonaws.com/");
            NoSuchEntityException e = catchThrowableOfType(NoSuchEntityException.class,
                    () -> noRole.getRole(r -> r.roleName(AccountResources.SERVICE_LINKED_ROLE)));
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.requestId()).isNotBlank();
        }
    }
}
