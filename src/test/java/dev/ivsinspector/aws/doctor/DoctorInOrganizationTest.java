package dev.ivsinspector.aws.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkDoctorProbes;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.aws.org.AccountRole;
import dev.ivsinspector.aws.org.RoleSession;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.model.doctor.CheckId;
import dev.ivsinspector.model.doctor.CheckStatus;
import dev.ivsinspector.model.doctor.DoctorReport;
import dev.ivsinspector.model.doctor.RecordingDoctor;
import dev.ivsinspector.testing.DemoOrganizationRig;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.RoleCredentials;

/**
 * The doctor in the demo organization's member accounts, reached with the role keys its portal issues: each
 * account answers S3, IAM and STS as itself; Staging is the account without IVS's service-linked role.
 */
class DoctorInOrganizationTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");
    private static DemoOrganizationRig rig;

    @BeforeAll
    static void signIn() {
        rig = new DemoOrganizationRig(SampleOrganization.standard()).signIn();
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private static DoctorReport examine(String account, String arn) {
        RoleCredentials keys;
        try (SsoClient sso = SsoClient.builder().endpointOverride(rig.endpoint().uri())
                .region(Region.of(SampleOrganization.SSO_REGION))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
            String token = rig.portal().token().get();
            keys = sso.getRoleCredentials(r -> r.accessToken(token).accountId(account)
                    .roleName(SampleOrganization.READ_ONLY_ROLE)).roleCredentials();
        }
        ConnectionSettings settings = rig.connection().withRoleSession(new RoleSession(
                new AccountRole(account, account, account + "@example.com", SampleOrganization.READ_ONLY_ROLE),
                StaticCredentialsProvider.create(AwsSessionCredentials.create(keys.accessKeyId(),
                        keys.secretAccessKey(), keys.sessionToken()))));
        RecordingConfiguration config;
        try (SdkIvsGateway ivs = new SdkIvsGateway(settings)) {
            config = ivs.getRecordingConfiguration(RecordingConfigurationArn.parse(arn)).recordingConfiguration();
        }
        try (SdkDoctorProbes probes = new SdkDoctorProbes(settings)) {
            return new RecordingDoctor(probes, TEXT).examine(config);
        }
    }

    private static CheckStatus status(DoctorReport report, CheckId id) {
        return report.results().stream().filter(r -> r.id() == id).findFirst().orElseThrow().status();
    }

    @Test
    void productionOwnsItsBucketsAndHasTheRole() {
        DoctorReport report = examine("111122223333",
                "arn:aws:ivs:us-west-2:111122223333:recording-configuration/Mn0Pq1Rs2Tu3");
        assertThat(report.results()).allSatisfy(r -> assertThat(r.status()).as(r.summary()).isEqualTo(CheckStatus.PASSED));
        assertThat(report.results().get(2).evidence().get(2).value()).isEqualTo("111122223333");
    }

    @Test
    void stagingHasNoServiceLinkedRole() {
        DoctorReport report = examine("444455556666",
                "arn:aws:ivs:us-west-2:444455556666:recording-configuration/Gen000000001");
        assertThat(status(report, CheckId.SERVICE_LINKED_ROLE)).isEqualTo(CheckStatus.FAILED);
        assertThat(status(report, CheckId.BUCKET_EXISTS)).isEqualTo(CheckStatus.PASSED);
        assertThat(status(report, CheckId.BUCKET_OWNER)).isEqualTo(CheckStatus.PASSED);
        assertThat(report.mostLikelyCause().orElseThrow().id()).isEqualTo(CheckId.SERVICE_LINKED_ROLE);
    }
}
