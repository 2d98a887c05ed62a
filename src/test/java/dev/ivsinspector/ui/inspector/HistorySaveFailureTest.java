package dev.ivsinspector.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.store.HistoryStore;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/** A history that cannot be saved says so once, in the warning line, and leaves a read-only file alone. */
class HistorySaveFailureTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlyHistoryFileIsKeptAndTheFailureIsShownOnce() throws Exception {
        Path file = dir.resolve("history.json");
        String kept = "{\"version\": 1, \"entries\": []}";
        Files.writeString(file, kept);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        SimpleObjectProperty<RecordingConfiguration> shown = new SimpleObjectProperty<>();
        HistoryViewModel history = new HistoryViewModel(shown, FXCollections.observableArrayList(),
                new HistoryStore(dir, Clock.systemUTC()), new CurrentThreadTaskExecutor(), Clock.systemUTC());

        shown.set(config("AbCdEf123456"));
        String first = history.warningProperty().get();
        shown.set(config("Eu1Wx2Yz3Ab4"));

        assertThat(first).contains("could not be saved", "read-only");
        assertThat(history.warningProperty().get()).isSameAs(first);
        assertThat(Files.readString(file)).isEqualTo(kept);
        assertThat(history.entries()).hasSize(2); // the session's history goes on in memory
    }

    private static RecordingConfiguration config(String id) {
        return RecordingConfiguration.builder()
                .arn("arn:aws:ivs:us-west-2:123456789012:recording-configuration/" + id).name(id).build();
    }
}
