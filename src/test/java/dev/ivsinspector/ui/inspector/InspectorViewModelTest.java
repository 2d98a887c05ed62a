package dev.ivsinspector.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import dev.ivsinspector.testing.FakeGateway;
import dev.ivsinspector.testing.InspectorViewModelBuilder;
import dev.ivsinspector.testing.RecordingDialogs;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

class InspectorViewModelTest {

    private static final String ARN = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";
    private static final String OTHER = "arn:aws:ivs:eu-west-1:123456789012:recording-configuration/Other1";

    private final FakeGateway gateway = new FakeGateway().with(config(ARN, "first-bucket")).with(config(OTHER, "other-bucket"));
    private final RecordingDialogs dialogs = new RecordingDialogs();
    /** Each fetch waits until the test runs it, so a test can act while a call is "on the wire". */
    private final CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.deferred();
    private final InspectorViewModel viewModel = InspectorViewModelBuilder.inspector(gateway)
            .executor(executor).dialogs(dialogs).build();

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
        viewModel.arnTextProperty().set("  " + ARN + " ");
        viewModel.fetch();
        assertThat(viewModel.busyProperty().get()).isTrue();

        executor.runAll();

        assertThat(bucketShown()).isEqualTo("first-bucket");
        assertThat(viewModel.shownArnProperty().get()).isEqualTo(ARN);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Showing " + ARN + ".");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void givenAnInvalidArn_whenFetched_thenAnInlineMessageAndNoRequest() {
        viewModel.arnTextProperty().set("arn:aws:ivs:us-west-2:123456789012:channel/AbCdEf123456");
        viewModel.fetch();

        assertThat(viewModel.arnProblemProperty().get()).contains("ARN of an IVS channel");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(gateway.getCalls()).isEmpty();

        viewModel.arnTextProperty().set(ARN);
        assertThat(viewModel.arnProblemProperty().get()).as("editing clears the message").isNull();
    }

    @Test
    void givenAServiceError_whenFetched_thenADialogAndTheWindowStaysUsable() {
        gateway.failing(ARN, new IvsCallException(ErrorKind.ACCESS_DENIED, "GetRecordingConfiguration", "User is not authorized",
                "AccessDeniedException", 403, "req-123", null));
        viewModel.arnTextProperty().set(ARN);
        viewModel.fetch();
        executor.runAll();

        assertThat(dialogs.errors()).hasSize(1);
        var report = dialogs.errors().get(0);
        assertThat(report.title()).isEqualTo("Access denied");
        assertThat(report.header() + report.meaning() + report.action()).contains("ivs:GetRecordingConfiguration");
        assertThat(report.details()).contains("AccessDeniedException", "403", "req-123");
        assertThat(viewModel.nodesProperty().get()).isEmpty();

        viewModel.arnTextProperty().set(OTHER);
        viewModel.fetch();
        executor.runAll();
        assertThat(bucketShown()).isEqualTo("other-bucket");
    }

    @Test
    void givenARunningFetch_whenCancelled_thenIdleAtOnceAndTheLateAnswerIsIgnored() {
        viewModel.arnTextProperty().set(ARN);
        viewModel.fetch();
        viewModel.cancel();

        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Cancelled.");
        executor.runAll();
        assertThat(viewModel.nodesProperty().get()).isEmpty();
        assertThat(dialogs.errors()).as("a cancelled call shows no error").isEmpty();
    }

    @Test
    void givenARunningFetch_whenAnotherFetchStarts_thenItReplacesTheFirst() {
        viewModel.arnTextProperty().set(ARN);
        viewModel.fetch();
        viewModel.arnTextProperty().set(OTHER);
        viewModel.fetch();
        executor.runNewest();
        executor.runAll();

        assertThat(bucketShown()).isEqualTo("other-bucket");
        assertThat(viewModel.shownArnProperty().get()).isEqualTo(OTHER);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void givenAShownConfiguration_whenRefetched_thenTheSameArnIsFetchedAgain() {
        viewModel.arnTextProperty().set(ARN);
        viewModel.fetch();
        executor.runAll();
        viewModel.arnTextProperty().set("something else");
        viewModel.refetch();
        executor.runAll();

        assertThat(gateway.getCalls()).containsExactly(ARN, ARN);
    }
}
