package dev.ivsinspector.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import dev.ivsinspector.testing.SampleResponses;
import dev.ivsinspector.ui.common.DesktopServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

class JsonViewModelTest {

    @TempDir
    Path dir;

    private final List<String> copied = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private Path answer;
    private final SimpleObjectProperty<RecordingConfiguration> shown = new SimpleObjectProperty<>();
    private final JsonViewModel viewModel = new JsonViewModel(shown, new DesktopServices(copied::add, url -> { },
            (title, name) -> {
                asked.add(name);
                return Optional.ofNullable(answer);
            }), new CurrentThreadTaskExecutor());

    @Test
    void givenAConfiguration_thenTheJsonIsTheClisOutput_andCopyPutsItOnTheClipboard() {
        shown.set(SampleResponses.full().recordingConfiguration());

        String json = viewModel.jsonProperty().get();
        assertThat(json).startsWith("{\n    \"recordingConfiguration\": {\n        \"arn\": ");
        assertThat(json).contains("\"renditions\": [\n                \"HD\",\n                \"SD\"\n            ]");

        viewModel.copy();
        assertThat(copied).containsExactly(json);
    }

    @Test
    void exportWritesTheWholeJsonUnderTheChosenName() throws Exception {
        shown.set(SampleResponses.full().recordingConfiguration());
        answer = dir.resolve("out.json");

        viewModel.export();

        assertThat(asked).containsExactly("prod-live-AbCdEf123456.json");
        assertThat(Files.readString(answer)).isEqualTo(viewModel.jsonProperty().get() + "\n");
        assertThat(viewModel.messageProperty().get()).startsWith("Saved ");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(answer);
        }
    }

    @Test
    void aCancelledDialogWritesNothing_andAFailedSaveSaysSo() throws Exception {
        shown.set(SampleResponses.full().recordingConfiguration());
        viewModel.export();
        assertThat(viewModel.messageProperty().get()).isEmpty();

        Path directoryInTheWay = Files.createDirectories(dir.resolve("taken.json"));
        Files.writeString(directoryInTheWay.resolve("child"), "x");
        answer = directoryInTheWay;
        viewModel.export();
        assertThat(viewModel.messageProperty().get()).startsWith("Could not save");
    }

    @Test
    void nothingShownMeansNoJson() {
        viewModel.copy();
        assertThat(viewModel.jsonProperty().get()).isEmpty();
        assertThat(copied).isEmpty();
    }

    @Test
    void theHighlighterTellsKeysFromStringValues() {
        var spans = JsonHighlighter.spans("{\n    \"a\": \"b\",\n    \"n\": 10,\n    \"t\": true\n}");
        assertThat(spans).extracting(JsonHighlighter.Span::kind).containsSubsequence(
                JsonHighlighter.Kind.KEY, JsonHighlighter.Kind.STRING, JsonHighlighter.Kind.KEY,
                JsonHighlighter.Kind.NUMBER, JsonHighlighter.Kind.KEY, JsonHighlighter.Kind.LITERAL);
        assertThat(String.join("", spans.stream().map(JsonHighlighter.Span::text).toList()))
                .isEqualTo("{\n    \"a\": \"b\",\n    \"n\": 10,\n    \"t\": true\n}");
    }
}
