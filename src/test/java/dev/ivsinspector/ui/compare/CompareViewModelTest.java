package dev.ivsinspector.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.model.ConfigurationDiff.Row;
import dev.ivsinspector.model.ConfigurationDiff.Status;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import dev.ivsinspector.testing.FakeGateway;
import dev.ivsinspector.testing.SampleResponses;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

class CompareViewModelTest {

    private static final RecordingConfiguration FULL = SampleResponses.full().recordingConfiguration();
    private static final String OTHER = "arn:aws:ivs:eu-west-1:123456789012:recording-configuration/Other1";

    private final FakeGateway gateway = new FakeGateway().with(FULL)
            .with(FULL.toBuilder().arn(OTHER).recordingReconnectWindowSeconds(0).build());
    private final CompareViewModel viewModel = new CompareViewModel(gateway, new CurrentThreadTaskExecutor(),
            FXCollections.observableArrayList(FULL.arn(), OTHER));

    @Test
    void comparingTwoArnsAlignsEveryMember_andTheToggleKeepsOnlyDifferences() {
        viewModel.leftArnProperty().set(FULL.arn());
        viewModel.rightArnProperty().set(OTHER);
        viewModel.compare();
        assertThat(viewModel.busyProperty().get()).isFalse();

        assertThat(viewModel.rows().size()).isGreaterThan(10);
        assertThat(viewModel.messageProperty().get()).isEqualTo("2 members differ.");
        assertThat(gateway.getCalls()).containsExactly(FULL.arn(), OTHER);

        viewModel.onlyDifferencesProperty().set(true);
        assertThat(viewModel.rows().stream().map(Row::path).toList())
                .containsExactly("arn", "recordingReconnectWindowSeconds");
        assertThat(viewModel.rows().get(1)).isEqualTo(
                new Row("recordingReconnectWindowSeconds", "30", "0", Status.CHANGED));

        viewModel.swap();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.rows().get(1).left()).isEqualTo("0");
    }

    @Test
    void anInvalidArnOrAFailedCallIsSaidInTheMessageLine() {
        viewModel.leftArnProperty().set("not an arn");
        viewModel.compare();
        assertThat(viewModel.messageProperty().get()).startsWith("Left: ");
        assertThat(gateway.getCalls()).isEmpty();

        String missing = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Missing1";
        viewModel.leftArnProperty().set(FULL.arn());
        viewModel.rightArnProperty().set(missing);
        viewModel.compare();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).startsWith("Could not compare: ResourceNotFoundException");
    }
}
