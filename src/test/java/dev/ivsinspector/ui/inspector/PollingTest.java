package dev.ivsinspector.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.model.FieldDocs;
import dev.ivsinspector.model.ResponseTree;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.testing.RecordingDialogs;
import dev.ivsinspector.ui.common.BackgroundRunner;
import dev.ivsinspector.ui.common.ErrorMessages;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A CREATING configuration is polled until it settles, with the real SDK client against the demo endpoint. */
class PollingTest {

    private static final String CREATING = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Nm4Bv6Cx8ZaQ";
    private static final String ACTIVE = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";

    private DemoEndpoint endpoint;
    private SdkIvsGateway gateway;
    private InspectorViewModel viewModel;

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @BeforeEach
    void start() {
        endpoint = DemoEndpoint.start(SampleAccount.standard().withCreatingSettlingAfter(2));
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
        viewModel = Fx.call(() -> new InspectorViewModel(gateway, new ResponseTree(FieldDocs.load()), new BackgroundRunner(),
                new RecordingDialogs(), ErrorMessages.load(), List.of(Duration.ofMillis(50), Duration.ofMillis(100))));
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
    void pollsWhileCreatingAndStopsAtActive() throws InterruptedException {
        Fx.run(() -> viewModel.open(CREATING));
        Fx.await(() -> "CREATING".equals(state()));
        assertThat(Fx.call(() -> viewModel.pollingProperty().get())).isTrue();

        Fx.await(() -> "ACTIVE".equals(state()));
        Fx.await(() -> !viewModel.busyProperty().get());
        assertThat(Fx.call(() -> viewModel.pollingProperty().get())).isFalse();
        Fx.await(() -> !viewModel.channels().loadingProperty().get());
        int requests = endpoint.requestCount();
        Thread.sleep(400);
        assertThat(endpoint.requestCount()).as("no polling after ACTIVE").isEqualTo(requests);
    }

    @Test
    void movingOnToAnotherConfigurationStopsThePolling() throws InterruptedException {
        Fx.run(() -> viewModel.open(CREATING));
        Fx.await(() -> "CREATING".equals(state()));
        Fx.run(() -> viewModel.open(ACTIVE));
        Fx.await(() -> !viewModel.busyProperty().get() && ACTIVE.equals(viewModel.shownArnProperty().get()));

        assertThat(Fx.call(() -> viewModel.pollingProperty().get())).isFalse();
        Fx.await(() -> !viewModel.channels().loadingProperty().get());
        int requests = endpoint.requestCount();
        Thread.sleep(400);
        assertThat(endpoint.requestCount()).isEqualTo(requests);
    }
}
