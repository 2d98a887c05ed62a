package dev.ivsinspector.aws.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkDoctorProbes;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.AccountResources;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.model.doctor.CheckId;
import dev.ivsinspector.model.doctor.CheckResult;
import dev.ivsinspector.model.doctor.CheckStatus;
import dev.ivsinspector.model.doctor.DoctorReport;
import dev.ivsinspector.model.doctor.ProbeAnswer.Outcome;
import dev.ivsinspector.model.doctor.RecordingDoctor;
import java.net.URI;
import java.time.Duration;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/** Every doctor check with the real S3, IAM, STS and IVS clients against the demo endpoint over HTTP. */
class RecordingDoctorOverHttpTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");
    private static final String ACCOUNT = SampleAccount.ACCOUNT_ID;
    private static DemoEndpoint endpoint;

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    private static String arn(String region, String id) {
        return "arn:aws:ivs:" + region + ":" + ACCOUNT + ":recording-configuration/" + id;
    }

    private static DoctorReport examine(DemoEndpoint on, String arn) {
        RecordingConfiguration config;
        try (SdkIvsGateway ivs = new SdkIvsGateway(ConnectionSettings.demo(on.uri()))) {
            config = ivs.getRecordingConfiguration(RecordingConfigurationArn.parse(arn)).recordingConfiguration();
        }
        return examine(on.uri(), config);
    }

    private static DoctorReport examine(URI uri, RecordingConfiguration config) {
        try (SdkDoctorProbes probes = new SdkDoctorProbes(ConnectionSettings.demo(uri)
                .withCallTimeout(Duration.ofSeconds(5)))) {
            return new RecordingDoctor(probes, TEXT).examine(config);
        }
    }

    private static DoctorReport examineWith(UnaryOperator<AccountResources> change, String arn) {
        SampleAccount standard = SampleAccount.standard();
        try (DemoEndpoint other = DemoEndpoint.start(standard.withResources(change.apply(standard.resources())))) {
            return examine(other, arn);
        }
    }

    private static CheckResult check(DoctorReport report, CheckId id) {
        return report.results().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aHealthyConfigurationPassesEveryCheckWithEvidence() {
        DoctorReport report = examine(endpoint, arn("us-west-2", "Mn0Pq1Rs2Tu3"));
        assertThat(report.results()).allSatisfy(r -> assertThat(r.status()).as(r.summary()).isEqualTo(CheckStatus.PASSED));
        assertThat(report.mostLikelyCause()).isEmpty();
        assertThat(check(report, CheckId.BUCKET_EXISTS).evidence().get(0).requestId()).matches("[0-9A-F]{16}");
        assertThat(check(report, CheckId.SERVICE_LINKED_ROLE).evidence().get(0).requestId()).isNotBlank();
        assertThat(check(report, CheckId.BUCKET_POLICY).summary()).contains("no bucket policy");
    }

    @Test
    void aPolicyWithAnUnrelatedDenyPassesAndTheSettingsInsightsShowToo() {
        DoctorReport report = examine(endpoint, arn("us-west-2", "AbCdEf123456"));
        assertThat(check(report, CheckId.BUCKET_POLICY).status()).isEqualTo(CheckStatus.PASSED);
        assertThat(check(report, CheckId.BUCKET_POLICY).summary()).contains("No statement");
        CheckResult settings = check(report, CheckId.SETTINGS);
        assertThat(settings.status()).isEqualTo(CheckStatus.WARNING);
        assertThat(settings.summary()).isEqualTo("The bucket name contains dots");
        assertThat(report.results()).filteredOn(r -> r.id() != CheckId.SETTINGS)
                .allSatisfy(r -> assertThat(r.status()).as(r.summary()).isEqualTo(CheckStatus.PASSED));
    }

    @Test
    void anEmptyLocationConstraintMeansUsEast1() {
        DoctorReport report = examine(endpoint, arn("us-east-1", "Gh5Jk7Lz9QwE"));
        CheckResult region = check(report, CheckId.SAME_REGION);
        assertThat(region.status()).isEqualTo(CheckStatus.PASSED);
        assertThat(region.evidence().get(0).value()).isEmpty();
        assertThat(region.summary()).contains("us-east-1");
    }

    @Test
    void theLegacyEuConstraintMeansEuWest1() {
        DoctorReport report = examine(endpoint, arn("eu-west-1", "Eu5Cd6Ef7Gh8"));
        assertThat(check(report, CheckId.SAME_REGION).evidence().get(0).value()).isEqualTo("EU");
        assertThat(report.allPassed()).isTrue();
    }

    @Test
    void aTlsOnlyDenyIsNoFinding() {
        DoctorReport report = examine(endpoint, arn("eu-west-1", "Eu1Wx2Yz3Ab4"));
        assertThat(check(report, CheckId.SAME_REGION).evidence().get(0).value()).isEqualTo("EU");
        assertThat(check(report, CheckId.SAME_REGION).status()).isEqualTo(CheckStatus.PASSED);
        assertThat(check(report, CheckId.BUCKET_POLICY).status()).isEqualTo(CheckStatus.PASSED);
    }

    @Test
    void aMissingBucketIsTheHeadlineOfItsFailedConfiguration() {
        DoctorReport report = examine(endpoint, arn("us-east-1", "Tr3Ee4Ww5Qq6"));
        CheckResult exists = check(report, CheckId.BUCKET_EXISTS);
        assertThat(exists.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(exists.evidence().get(0).httpStatus()).isEqualTo(404);
        assertThat(exists.advice()).contains("us-east-1");
        assertThat(report.mostLikelyCause()).contains(exists);
        assertThat(check(report, CheckId.SAME_REGION).status()).isEqualTo(CheckStatus.NOT_CHECKED);
    }

    @Test
    void aBucketInAnotherRegionIsFoundFromTheLocationAndThe301() {
        DoctorReport report = examine(endpoint, arn("ap-northeast-1", "Ap2Os3Ka4Xy5"));
        assertThat(check(report, CheckId.BUCKET_EXISTS).status()).isEqualTo(CheckStatus.PASSED);
        assertThat(check(report, CheckId.BUCKET_EXISTS).evidence().get(0).outcome()).isEqualTo(Outcome.MOVED);
        CheckResult region = check(report, CheckId.SAME_REGION);
        assertThat(region.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(region.summary()).contains("us-west-2").contains("ap-northeast-1");
        assertThat(report.mostLikelyCause()).contains(region);
        // The owner and policy questions went to the bucket's own region and were answered.
        assertThat(check(report, CheckId.BUCKET_OWNER).status()).isEqualTo(CheckStatus.PASSED);
        assertThat(check(report, CheckId.BUCKET_POLICY).status()).isEqualTo(CheckStatus.PASSED);
    }

    @Test
    void aDenyingBucketPolicyIsQuotedBySid() {
        CheckResult policy = check(examine(endpoint, arn("us-west-2", "Fq8Rt0Wn3JcV")), CheckId.BUCKET_POLICY);
        assertThat(policy.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(policy.summary()).contains("\"LegalHoldNoWrites\"");
        assertThat(policy.doc().url()).contains("policies_evaluation-logic");
    }

    @Test
    void aBucketOfAnotherAccountFailsTheOwnerCheck() {
        CheckResult owner = check(examine(endpoint, arn("us-east-1", "Ua1Sb2Dc3Fv4")), CheckId.BUCKET_OWNER);
        assertThat(owner.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(owner.evidence()).extracting(a -> a.outcome()).containsExactly(Outcome.OK, Outcome.DENIED, Outcome.OK);
        assertThat(owner.evidence().get(2).value()).isEqualTo(ACCOUNT);
    }

    @Test
    void aPolicyTheCallerMayNotReadIsNotCheckedWithThePermissionNamed() {
        DoctorReport report = examine(endpoint, arn("us-west-2", "Xy7Kq2Lm9PzA"));
        CheckResult policy = check(report, CheckId.BUCKET_POLICY);
        assertThat(policy.status()).isEqualTo(CheckStatus.NOT_CHECKED);
        assertThat(policy.summary()).contains("s3:GetBucketPolicy");
        assertThat(policy.evidence().get(0).requestId()).matches("[0-9A-F]{16}");
        assertThat(check(report, CheckId.SERVICE_LINKED_ROLE).status()).isEqualTo(CheckStatus.PASSED);
    }

    @Test
    void anAccountWithoutTheServiceLinkedRoleFailsTheRoleCheck() {
        DoctorReport report = examineWith(AccountResources::withoutServiceLinkedRole, arn("us-west-2", "AbCdEf123456"));
        CheckResult role = check(report, CheckId.SERVICE_LINKED_ROLE);
        assertThat(role.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(role.evidence().get(0).errorCode()).isEqualTo("NoSuchEntity");
        assertThat(role.advice()).contains("iam:CreateServiceLinkedRole");
        assertThat(report.mostLikelyCause()).contains(role);
    }

    @Test
    void deniedCallsAreNotCheckedAndTheOthersGoOn() {
        DoctorReport report = examineWith(r -> r.denyingCaller("iam:GetRole", "s3:GetBucketLocation", "s3:ListBucket"),
                arn("us-west-2", "AbCdEf123456"));
        assertThat(check(report, CheckId.SERVICE_LINKED_ROLE).status()).isEqualTo(CheckStatus.NOT_CHECKED);
        assertThat(check(report, CheckId.SERVICE_LINKED_ROLE).summary()).contains("iam:GetRole");
        assertThat(check(report, CheckId.BUCKET_EXISTS).status()).isEqualTo(CheckStatus.WARNING);
        // HeadBucket's 403 still names the region, so the region check does not need GetBucketLocation.
        assertThat(check(report, CheckId.SAME_REGION).status()).isEqualTo(CheckStatus.PASSED);
        assertThat(check(report, CheckId.BUCKET_OWNER).summary()).contains("s3:ListBucket");
        assertThat(check(report, CheckId.BUCKET_POLICY).status()).isEqualTo(CheckStatus.PASSED);
    }

    @Test
    void anUnreachableEndpointEndsEveryCallCheckAsNotChecked() throws Exception {
        RecordingConfiguration config;
        try (SdkIvsGateway ivs = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()))) {
            config = ivs.getRecordingConfiguration(RecordingConfigurationArn.parse(arn("us-west-2", "Mn0Pq1Rs2Tu3")))
                    .recordingConfiguration();
        }
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DoctorReport report = examine(URI.create("http://127.0.0.1:" + closedPort), config);
        assertThat(check(report, CheckId.BUCKET_EXISTS).status()).isEqualTo(CheckStatus.NOT_CHECKED);
        assertThat(check(report, CheckId.BUCKET_EXISTS).evidence().get(0).outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(check(report, CheckId.SERVICE_LINKED_ROLE).status()).isEqualTo(CheckStatus.NOT_CHECKED);
        assertThat(check(report, CheckId.SETTINGS).status()).isEqualTo(CheckStatus.PASSED);
    }
}
