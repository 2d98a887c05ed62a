package dev.ivsinspector.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.store.HistoryStore;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

class HistoryViewModelTest {

    private static final String SAMPLE = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Sample1";
    private static final String A = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";
    private static final String B = "arn:aws:ivs:eu-west-1:123456789012:recording-configuration/Bb2";

    @TempDir
    Path dir;

    private final SimpleObjectProperty<RecordingConfiguration> shown = new SimpleObjectProperty<>();
    private final ObservableList<String> samples = FXCollections.observableArrayList(SAMPLE, A);

    private HistoryViewModel viewModel() {
        return viewModel(new CurrentThreadTaskExecutor());
    }

    private HistoryViewModel viewModel(CurrentThreadTaskExecutor executor) {
        return new HistoryViewModel(shown, samples, new HistoryStore(dir, Clock.systemUTC()), executor,
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
    }

    private static RecordingConfiguration config(String arn, String name) {
        return RecordingConfiguration.builder().arn(arn).name(name).state("ACTIVE").build();
    }

    @Test
    void fetchedArnsComeBeforeTheSamples_pinnedFirst_andSurviveARestart() {
        HistoryViewModel history = viewModel();
        assertThat(history.choices()).containsExactly(SAMPLE, A);

        shown.set(config(A, "prod-live"));
        shown.set(config(B, "eu"));
        assertThat(history.choices()).containsExactly(B, A, SAMPLE);
        assertThat(history.label(A)).isEqualTo("prod-live  ·  " + A);
        assertThat(history.label(SAMPLE)).isEqualTo("sample  ·  " + SAMPLE);

        shown.set(config(A, "prod-live"));
        shown.set(config(B, "eu"));
        assertThat(history.shownPinnedProperty().get()).isFalse();
        history.togglePin();
        assertThat(history.shownPinnedProperty().get()).isTrue();
        assertThat(history.label(B)).startsWith("★ eu");

        HistoryViewModel restarted = viewModel();
        assertThat(restarted.choices()).containsExactly(B, A, SAMPLE);
        assertThat(restarted.label(B)).startsWith("★ ");
        assertThat(restarted.warningProperty().get()).isNull();
    }

    @Test
    void changesDuringAWriteAreSavedAfterItNewestOnly() {
        CurrentThreadTaskExecutor writes = CurrentThreadTaskExecutor.deferred();
        HistoryViewModel history = viewModel(writes);

        shown.set(config(A, "prod-live"));
        shown.set(config(B, "eu"));
        history.togglePin();
        assertThat(writes.waiting()).as("one write at a time").isEqualTo(1);

        writes.runAll();
        assertThat(writes.waiting()).isZero();
        HistoryViewModel restarted = viewModel();
        assertThat(restarted.choices()).containsExactly(B, A, SAMPLE);
        assertThat(restarted.label(B)).startsWith("★ ");
    }

    @Test
    void aCorruptedFileGivesAWarningAndAnEmptyHistory() throws Exception {
        Files.writeString(dir.resolve("history.json"), "{ not json");

        HistoryViewModel history = viewModel();

        assertThat(history.warningProperty().get()).contains("set aside", "empty history");
        assertThat(history.choices()).containsExactly(SAMPLE, A);
    }
}
