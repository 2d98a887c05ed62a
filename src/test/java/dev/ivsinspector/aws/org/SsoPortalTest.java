package dev.ivsinspector.aws.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.testing.DemoOrganizationRig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/** The access portal over real HTTP against the demo organization, with the SDK's sso client. */
class SsoPortalTest {

    @Test
    void listsEveryAccountAndRoleAcrossPages() {
        SampleOrganization big = SampleOrganization.generated(230, List.of("us-west-2"), 0,
                SampleOrganization.Limits.NONE);
        try (DemoOrganizationRig rig = new DemoOrganizationRig(big).signIn();
             SsoPortal portal = new SsoPortal(rig.portal(), PortalPacer.direct())) {
            List<AccountRole> rows = portal.accountRoles();
            assertThat(rows).hasSize(230);
            assertThat(rows.get(229)).isEqualTo(new AccountRole("500000000229", "Account 230", "aws-230@example.com",
                    SampleOrganization.READ_ONLY_ROLE));
        }
    }

    @Test
    void theStandardOrganizationHasFourAccountsAndTheirRoles() {
        try (DemoOrganizationRig rig = new DemoOrganizationRig(SampleOrganization.standard()).signIn();
             SsoPortal portal = new SsoPortal(rig.portal(), PortalPacer.direct())) {
            assertThat(portal.accountRoles()).extracting(AccountRole::label).containsExactly(
                    "Production (111122223333) · ReadOnlyAccess", "Production (111122223333) · AdministratorAccess",
                    "Staging (444455556666) · ReadOnlyAccess", "Staging (444455556666) · AdministratorAccess",
                    "Live events (777788889999) · ReadOnlyAccess", "Security audit (999900001111) · ReadOnlyAccess");
        }
    }

    @Test
    void roleCredentialsAreFetchedAgainBeforeTheyExpire() throws Exception {
        SampleOrganization shortLived = SampleOrganization.standard().withLimits(SampleOrganization.Limits.NONE
                .withCredentialLifetime(Duration.ofSeconds(4)));
        AccountRole production = new AccountRole("111122223333", "Production", "aws-production@example.com",
                SampleOrganization.READ_ONLY_ROLE);
        try (DemoOrganizationRig rig = new DemoOrganizationRig(shortLived).signIn();
             SsoPortal portal = new SsoPortal(rig.portal(), PortalPacer.direct(), Duration.ofSeconds(3),
                     Duration.ofSeconds(1));
             RoleSession session = portal.open(production);
             SdkIvsGateway ivs = new SdkIvsGateway(rig.connection().withRoleSession(session))) {
            AwsCredentials first = session.credentials().resolveCredentials();
            String arn = "arn:aws:ivs:us-west-2:111122223333:recording-configuration/AbCdEf123456";
            assertThat(ivs.getRecordingConfiguration(RecordingConfigurationArn.parse(arn)).recordingConfiguration()
                    .arn()).isEqualTo(arn);
            Thread.sleep(4_500); // past the first keys' expiry
            assertThat(ivs.getRecordingConfiguration(RecordingConfigurationArn.parse(arn)).recordingConfiguration()
                    .arn()).isEqualTo(arn);
            assertThat(session.credentials().resolveCredentials().accessKeyId()).isNotEqualTo(first.accessKeyId());
        }
    }

    @Test
    void withoutAValidTokenThePortalSaysSignInIsNeeded() {
        try (DemoOrganizationRig rig = new DemoOrganizationRig(SampleOrganization.standard());
             SsoPortal portal = new SsoPortal(new PortalSettings(SampleOrganization.SSO_REGION, rig.connection(),
                     () -> "expired-or-foreign-token"), PortalPacer.direct())) {
            assertThatThrownBy(portal::accountRoles).isInstanceOfSatisfying(IvsCallException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.SSO_TOKEN_EXPIRED);
                assertThat(e.requestId()).isNotBlank();
                assertThat(e.getMessage()).doesNotContain("expired-or-foreign-token");
            });
        }
    }

    @Test
    void aRoleDeniedIvsIsReportedAsAccessDenied() {
        AccountRole audit = new AccountRole("999900001111", "Security audit", "aws-audit@example.com",
                SampleOrganization.READ_ONLY_ROLE);
        try (DemoOrganizationRig rig = new DemoOrganizationRig(SampleOrganization.standard()
                .withLimits(SampleOrganization.Limits.NONE)).signIn();
             SsoPortal portal = new SsoPortal(rig.portal(), PortalPacer.direct());
             RoleSession session = portal.open(audit);
             SdkIvsGateway ivs = new SdkIvsGateway(rig.connection().withRoleSession(session))) {
            assertThatThrownBy(() -> ivs.listRecordingConfigurations("us-east-1", null, 100))
                    .isInstanceOfSatisfying(IvsCallException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.ACCESS_DENIED));
        }
    }
}
