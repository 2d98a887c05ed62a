package dev.ivsinspector.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivsinspector.demo.DemoEndpoint;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The endpoint rule applies to whatever endpoint the SDK resolves, from any source (here the system-property
 * forms of AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_&lt;SERVICE&gt;, read the same way as the environment and
 * endpoint_url), and to every client built through {@link SdkClientDefaults}. The refused address is 0.0.0.0
 * with the demo endpoint's port: not a loopback address by the rule, yet a connection to it stays on this
 * machine (Linux connects it locally), so even a broken rule sends nothing over the network, and the demo
 * endpoint's request count shows whether anything was sent.
 */
class EndpointRuleSdkTest {

    private static DemoEndpoint endpoint;

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("aws.endpointUrl");
        System.clearProperty("aws.endpointUrlIvs");
        System.clearProperty("aws.endpointUrlSts");
    }

    private static String notLoopback() {
        return "http://0.0.0.0:" + endpoint.port();
    }

    /** Demo keys, no explicit endpoint: the SDK resolves it from the properties. */
    private static ConnectionSettings resolvedBySdk() {
        return new ConnectionSettings(null, null, null, true, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws.endpointUrlIvs", "aws.endpointUrl"})
    void plainHttpToAnotherHostFromTheEnvironmentIsRefusedBeforeAnythingIsSent(String property) {
        System.setProperty(property, notLoopback());
        int before = endpoint.requestCount();

        IvsCallException failure = call(() -> listOnePage(resolvedBySdk()));

        assertThat(failure.kind()).isEqualTo(ErrorKind.INSECURE_ENDPOINT);
        assertThat(failure.getMessage()).startsWith("Plain http is allowed only to this machine").contains("0.0.0.0");
        assertThat(endpoint.requestCount()).as("nothing sent").isEqualTo(before);
    }

    @Test
    void plainHttpToThisMachineFromTheEnvironmentIsUsed() {
        System.setProperty("aws.endpointUrlIvs", endpoint.uri().toString());
        int before = endpoint.requestCount();

        assertThat(listOnePage(resolvedBySdk())).isNotNull();
        assertThat(endpoint.requestCount()).isEqualTo(before + 1);
    }

    @Test
    void everyClientBuiltThroughTheDefaultsGetsTheRuleNotOnlyIvs() {
        System.setProperty("aws.endpointUrlSts", notLoopback());
        int before = endpoint.requestCount();
        ConnectionSettings settings = resolvedBySdk();

        try (StsClient sts = SdkClientDefaults.configure(StsClient.builder(), settings,
                ConnectionCredentials.forSettings(settings), "us-west-2").build()) {
            RuntimeException failure = catchThrowableOfType(RuntimeException.class, sts::getCallerIdentity);
            assertThat(SdkErrors.classify("GetCallerIdentity", failure).kind()).isEqualTo(ErrorKind.INSECURE_ENDPOINT);
        }
        assertThat(endpoint.requestCount()).isEqualTo(before);
    }

    @Test
    void anExplicitOverrideIsCheckedBeforeAnyClientIsBuilt() {
        IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class,
                () -> resolvedBySdk().withEndpoint(java.net.URI.create("http://example.internal:80")));
        assertThat(refused).hasMessageContaining("Plain http is allowed only to this machine");
    }

    private static Page<?> listOnePage(ConnectionSettings settings) {
        try (SdkIvsGateway gateway = new SdkIvsGateway(settings)) {
            return gateway.listRecordingConfigurations("us-west-2", null, 10);
        }
    }

    private static IvsCallException call(Supplier<?> call) {
        return catchThrowableOfType(IvsCallException.class, call::get);
    }
}
