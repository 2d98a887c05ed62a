package dev.ivsinspector.aws.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkDoctorProbes;
import dev.ivsinspector.demo.AccountResources;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.model.doctor.ProbeAnswer;
import dev.ivsinspector.model.doctor.ProbeAnswer.Outcome;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The doctor's S3, IAM and STS clients find their endpoints the way the SDK does when the app is given none:
 * AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL_IAM / AWS_ENDPOINT_URL_STS, here through their system-property twins
 * (aws.endpointUrlS3, ...), which the SDK reads the same way and a test can set. S3 on an IP endpoint is asked
 * path-style by the SDK's own endpoint rules.
 */
class DoctorEndpointResolutionTest {
    private static final Map<String, String> PROPERTIES = Map.of(
            "aws.accessKeyId", DemoEndpoint.ACCESS_KEY_ID,
            "aws.secretAccessKey", DemoEndpoint.SECRET_ACCESS_KEY);
    private DemoEndpoint endpoint;

    @BeforeEach
    void start() {
        endpoint = DemoEndpoint.start();
        PROPERTIES.forEach(System::setProperty);
        for (String service : new String[] {"S3", "Iam", "Sts"}) {
            System.setProperty("aws.endpointUrl" + service, endpoint.uri().toString());
        }
    }

    @AfterEach
    void stop() {
        PROPERTIES.keySet().forEach(System::clearProperty);
        for (String service : new String[] {"S3", "Iam", "Sts"}) {
            System.clearProperty("aws.endpointUrl" + service);
        }
        endpoint.close();
    }

    @Test
    void serviceSpecificEndpointSettingsReachTheDemoWithoutAnOverride() {
        int before = endpoint.requestCount();
        try (SdkDoctorProbes probes = new SdkDoctorProbes(ConnectionSettings.sdkDefaults())) {
            ProbeAnswer head = probes.headBucket("ivs-minimal-bucket", "us-west-2", null);
            assertThat(head.outcome()).as(head.answerLine()).isEqualTo(Outcome.OK);
            assertThat(head.bucketRegion()).isEqualTo("us-west-2");
            ProbeAnswer location = probes.bucketLocation("eu.gdpr-recordings.example", "eu-west-1");
            assertThat(location.value()).as(location.answerLine() + " " + location.message()).isEqualTo("EU");
            assertThat(probes.serviceLinkedRole(AccountResources.SERVICE_LINKED_ROLE).outcome()).isEqualTo(Outcome.OK);
            assertThat(probes.callerAccount("us-west-2").value()).isEqualTo(SampleAccount.ACCOUNT_ID);
        }
        assertThat(endpoint.requestCount() - before).isEqualTo(4);
    }
}
