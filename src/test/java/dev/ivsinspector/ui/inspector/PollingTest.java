package dev.ivsinspector.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import dev.ivsinspector.testing.InspectorViewModelBuilder;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A CREATING configuration is polled until it settles, with the real SDK client against the demo endpoint. The
 * test's executor runs each poll when the test says the time has come.
 */
class PollingTest {

    private static final String CREATING = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Nm4Bv6Cx8ZaQ";
    private static final String ACTIVE = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";

    private DemoEndpoint endpoint;
    private SdkIvsGateway gateway;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private InspectorViewModel viewModel;

    @BeforeEach
    void start() {
        endpoint = DemoEndpoint.start(SampleAccount.standard().withCreatingSettlingAfter(2));
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
        viewModel = InspectorViewModelBuilder.inspector(gateway).executor(executor)
                .pollDelays(Duration.ofSeconds(2), Duration.ofSeconds(3)).build();
    }

    @AfterEach
    void stop() {
        gateway.close();
        endpoint.close();
    }

    private String state() {
        var nodes = viewModel.nodesProperty().get();
        return nodes.isEmpty() ? null : nodes.get(0).find("recordingConfiguration.state").value();
    }

    @Test
    void pollsWhileCreatingBackingOffAndStopsAtActive() {
        viewModel.open(CREATING);
        assertThat(state()).isEqualTo("CREATING");
        assertThat(viewModel.pollingProperty().get()).isTrue();
        assertThat(executor.scheduledDelays()).containsExactly(Duration.ofSeconds(2));

        executor.runScheduled();
        assertThat(state()).as("the second read: the demo settles at the third").isEqualTo("CREATING");
        assertThat(executor.scheduledDelays()).containsExactly(Duration.ofSeconds(3));

        executor.runScheduled();
        assertThat(state()).isEqualTo("ACTIVE");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.pollingProperty().get()).isFalse();
        assertThat(executor.scheduledDelays()).as("no polling after ACTIVE").isEmpty();
        assertThat(viewModel.channels().loadingProperty().get()).isFalse();
    }

    @Test
    void movingOnToAnotherConfigurationStopsThePolling() {
        viewModel.open(CREATING);
        assertThat(state()).isEqualTo("CREATING");
        viewModel.open(ACTIVE);

        assertThat(viewModel.shownArnProperty().get()).isEqualTo(ACTIVE);
        assertThat(viewModel.pollingProperty().get()).isFalse();
        assertThat(executor.scheduledDelays()).isEmpty();
        int requests = endpoint.requestCount();
        assertThat(executor.runScheduled()).as("the poll scheduled for the first is cancelled").isZero();
        assertThat(endpoint.requestCount()).isEqualTo(requests);
    }
}
