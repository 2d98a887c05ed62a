package dev.ivsinspector.aws.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.testing.DemoOrganizationRig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AWS Config aggregators over real HTTP with the SDK's config client, against the demo organization's aggregator. */
class ConfigAggregatorsTest {

    private final ConfigAggregators config = new SdkConfigAggregators();

    @AfterEach
    void clearEndpointProperty() {
        System.clearProperty("aws.endpointUrlConfig");
    }

    @Test
    void oneQueryPagedByAHundredListsEveryConfigurationOfTheOrganization() {
        SampleOrganization organization = SampleOrganization.standard();
        try (DemoOrganizationRig rig = new DemoOrganizationRig(organization)) {
            ConnectionSettings connection = ConnectionSettings.demo(rig.endpoint().uri());
            assertThat(config.names(connection, "us-east-1")).containsExactly("demo-organization");
            List<Integer> pageSizes = new ArrayList<>();
            List<AggregatedConfiguration> all = new ArrayList<>();
            config.recordingConfigurations(connection, "us-east-1", "demo-organization", page -> {
                pageSizes.add(page.size());
                all.addAll(page);
            });
            int total = organization.configurationCount();
            assertThat(total).isGreaterThan(200);
            assertThat(all).hasSize(total);
            assertThat(pageSizes).hasSize((total + 99) / 100).allMatch(size -> size <= 100);
            assertThat(all).extracting(AggregatedConfiguration::arn).doesNotHaveDuplicates();
            var sample = organization.members().get(0).account().configs().get(0);
            AggregatedConfiguration first = all.get(0);
            assertThat(first.arn()).isEqualTo(sample.arn());
            assertThat(first.accountId()).isEqualTo("111122223333");
            assertThat(first.region()).isEqualTo(sample.region());
            assertThat(first.bucket()).isEqualTo(sample.bucketName());
            assertThat(first.state()).isEqualTo(sample.state());
            assertThat(first.tags()).isEqualTo(sample.tags() == null ? Map.of() : sample.tags());
            assertThat(first.capturedAt()).isNotNull();
            assertThat(all).extracting(AggregatedConfiguration::accountId).contains("444455556666", "777788889999");
        }
    }

    @Test
    void anAggregatorThatDoesNotExistIsNamedInTheMessage() {
        try (DemoOrganizationRig rig = new DemoOrganizationRig(SampleOrganization.standard())) {
            assertThatThrownBy(() -> config.recordingConfigurations(ConnectionSettings.demo(rig.endpoint().uri()),
                    "us-east-1", "no-such-aggregator", page -> { }))
                    .isInstanceOfSatisfying(IvsCallException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("NoSuchConfigurationAggregatorException");
                        assertThat(e.requestId()).isNotBlank();
                    });
        }
    }

    @Test
    void anAccountWithoutAggregatorsHasNone() {
        try (DemoEndpoint single = DemoEndpoint.start(SampleAccount.standard())) {
            assertThat(config.names(ConnectionSettings.demo(single.uri()), "us-west-2")).isEmpty();
        }
    }

    @Test
    void aRoleDeniedConfigIsReportedAsAccessDenied() {
        AccountRole audit = new AccountRole("999900001111", "Security audit", "aws-audit@example.com",
                SampleOrganization.READ_ONLY_ROLE);
        try (DemoOrganizationRig rig = new DemoOrganizationRig(SampleOrganization.standard()).signIn();
             SsoPortal portal = new SsoPortal(rig.portal(), PortalPacer.direct());
             RoleSession session = portal.open(audit)) {
            assertThatThrownBy(() -> config.names(rig.connection().withRoleSession(session), "us-east-1"))
                    .isInstanceOfSatisfying(IvsCallException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
                        assertThat(e.getMessage()).contains("config:DescribeConfigurationAggregators");
                    });
        }
    }

    @Test
    void theSdksEndpointResolutionForConfigIsHonoured() {
        try (DemoOrganizationRig rig = new DemoOrganizationRig(SampleOrganization.standard())) {
            // The system-property form of AWS_ENDPOINT_URL_CONFIG_SERVICE, which the SDK reads the same way.
            System.setProperty("aws.endpointUrlConfig", rig.endpoint().uri().toString());
            ConnectionSettings noOverride = new ConnectionSettings(null, null, null, true,
                    ConnectionSettings.DEFAULT_CALL_TIMEOUT);
            assertThat(config.names(noOverride, "us-east-1")).containsExactly("demo-organization");
        }
    }

    @Test
    void itemsInCloudFormationOrCamelCaseShapeAreRead() {
        String item = """
                {"resourceId":"arn:aws:ivs:eu-west-1:210987654321:recording-configuration/Zz9","resourceName":"eu",
                 "accountId":"210987654321","awsRegion":"eu-west-1",
                 "configuration":"{\\"arn\\":\\"arn:aws:ivs:eu-west-1:210987654321:recording-configuration/Zz9\\",\\"state\\":\\"ACTIVE\\",\\"destinationConfiguration\\":{\\"s3\\":{\\"bucketName\\":\\"b-eu\\"}}}",
                 "tags":[{"key":"team","value":"live","tag":"team=live"}],"configurationItemCaptureTime":"2026-11-30T10:00:00Z"}""";
        AggregatedConfiguration read = ConfigurationItems.read(item).orElseThrow();
        assertThat(read).isEqualTo(new AggregatedConfiguration("210987654321", "eu-west-1",
                "arn:aws:ivs:eu-west-1:210987654321:recording-configuration/Zz9", "eu", "ACTIVE", "b-eu",
                Map.of("team", "live"), java.time.Instant.parse("2026-11-30T10:00:00Z")));
        assertThat(ConfigurationItems.read("not json")).isEmpty();
        assertThat(ConfigurationItems.read("{\"resourceId\":\"i-123\"}")).isEmpty();
    }
}
