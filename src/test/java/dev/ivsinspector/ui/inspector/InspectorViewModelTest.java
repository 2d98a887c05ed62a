package dev.ivsinspector.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.model.FieldDocs;
import dev.ivsinspector.model.ResponseTree;
import dev.ivsinspector.testing.FakeGateway;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.testing.RecordingDialogs;
import dev.ivsinspector.ui.common.BackgroundRunner;
import dev.ivsinspector.ui.common.ErrorMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

class InspectorViewModelTest {

    private static final String ARN = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";
    private static final String OTHER = "arn:aws:ivs:eu-west-1:123456789012:recording-configuration/Other1";

    private final FakeGateway gateway = new FakeGateway().with(config(ARN, "first-bucket")).with(config(OTHER, "other-bucket"));
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final InspectorViewModel viewModel = new InspectorViewModel(gateway, new ResponseTree(FieldDocs.load()),
            new BackgroundRunner(), dialogs, ErrorMessages.load());

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    private static RecordingConfiguration config(String arn, String bucket) {
        return RecordingConfiguration.builder().arn(arn).state("ACTIVE")
                .destinationConfiguration(d -> d.s3(s -> s.bucketName(bucket))).build();
    }

    private String bucketShown() {
        var nodes = viewModel.nodesProperty().get();
        return nodes.isEmpty() ? null
                : nodes.get(0).find("recordingConfiguration.destinationConfiguration.s3.bucketName").value();
    }

    @Test
    void givenAValidArn_whenFetched_thenTheTreeShowsTheConfiguration() {
        Fx.run(() -> {
            viewModel.arnTextProperty().set("  " + ARN + " ");
            viewModel.fetch();
            assertThat(viewModel.busyProperty().get()).isTrue();
        });

        Fx.await(() -> !viewModel.busyProperty().get());

        assertThat(Fx.call(this::bucketShown)).isEqualTo("first-bucket");
        assertThat(Fx.call(() -> viewModel.shownArnProperty().get())).isEqualTo(ARN);
        assertThat(Fx.call(() -> viewModel.statusProperty().get())).isEqualTo("Showing " + ARN + ".");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void givenAnInvalidArn_whenFetched_thenAnInlineMessageAndNoRequest() {
        Fx.run(() -> {
            viewModel.arnTextProperty().set("arn:aws:ivs:us-west-2:123456789012:channel/AbCdEf123456");
            viewModel.fetch();
        });

        assertThat(Fx.call(() -> viewModel.arnProblemProperty().get())).contains("ARN of an IVS channel");
        assertThat(Fx.call(() -> viewModel.busyProperty().get())).isFalse();
        assertThat(gateway.getCalls()).isEmpty();

        Fx.run(() -> viewModel.arnTextProperty().set(ARN));
        assertThat(Fx.call(() -> viewModel.arnProblemProperty().get())).as("editing clears the message").isNull();
    }

    @Test
    void givenAServiceError_whenFetched_thenADialogAndTheWindowStaysUsable() {
        gateway.failing(ARN, new IvsCallException(ErrorKind.ACCESS_DENIED, "GetRecordingConfiguration", "User is not authorized",
                "AccessDeniedException", 403, "req-123", null));
        Fx.run(() -> {
            viewModel.arnTextProperty().set(ARN);
            viewModel.fetch();
        });
        Fx.await(() -> !viewModel.busyProperty().get());

        assertThat(dialogs.errors()).hasSize(1);
        var report = dialogs.errors().get(0);
        assertThat(report.title()).isEqualTo("Access denied");
        assertThat(report.header() + report.meaning() + report.action()).contains("ivs:GetRecordingConfiguration");
        assertThat(report.details()).contains("AccessDeniedException", "403", "req-123");
        assertThat(Fx.call(() -> viewModel.nodesProperty().get())).isEmpty();

        Fx.run(() -> {
            viewModel.arnTextProperty().set(OTHER);
            viewModel.fetch();
        });
        Fx.await(() -> !viewModel.busyProperty().get());
        assertThat(Fx.call(this::bucketShown)).isEqualTo("other-bucket");
    }

    @Test
    void givenARunningFetch_whenCancelled_thenIdleAtOnceAndTheLateAnswerIsIgnored() {
        gateway.holding(ARN);
        Fx.run(() -> {
            viewModel.arnTextProperty().set(ARN);
            viewModel.fetch();
        });
        Fx.run(viewModel::cancel);

        assertThat(Fx.call(() -> viewModel.busyProperty().get())).isFalse();
        assertThat(Fx.call(() -> viewModel.statusProperty().get())).isEqualTo("Cancelled.");
        gateway.release(ARN);
        Fx.await(() -> !viewModel.busyProperty().get());
        assertThat(Fx.call(() -> viewModel.nodesProperty().get())).isEmpty();
        assertThat(dialogs.errors()).as("a cancelled call shows no error").isEmpty();
    }

    @Test
    void givenARunningFetch_whenAnotherFetchStarts_thenItReplacesTheFirst() {
        gateway.holding(ARN);
        Fx.run(() -> {
            viewModel.arnTextProperty().set(ARN);
            viewModel.fetch();
            viewModel.arnTextProperty().set(OTHER);
            viewModel.fetch();
        });
        Fx.await(() -> !viewModel.busyProperty().get());
        gateway.release(ARN);

        assertThat(Fx.call(this::bucketShown)).isEqualTo("other-bucket");
        assertThat(Fx.call(() -> viewModel.shownArnProperty().get())).isEqualTo(OTHER);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void givenAShownConfiguration_whenRefetched_thenTheSameArnIsFetchedAgain() {
        Fx.run(() -> {
            viewModel.arnTextProperty().set(ARN);
            viewModel.fetch();
        });
        Fx.await(() -> !viewModel.busyProperty().get());
        Fx.run(() -> {
            viewModel.arnTextProperty().set("something else");
            viewModel.refetch();
        });
        Fx.await(() -> !viewModel.busyProperty().get());

        assertThat(gateway.getCalls()).containsExactly(ARN, ARN);
    }
}
