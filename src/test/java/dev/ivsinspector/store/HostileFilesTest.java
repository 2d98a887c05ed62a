package dev.ivsinspector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ivsinspector.model.Bounds;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local files made or damaged on purpose: what is stored is bounded, and a read-only file is never replaced. */
class HostileFilesTest {

    private static final String A = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";
    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    @TempDir
    Path dir;

    @Test
    void aNameOfTheApisLengthIsStoredWholeAndALongerOneCut() throws Exception {
        String atBound = "n".repeat(Bounds.STORED_TEXT_CHARS);
        assertThat(new HistoryEntry(A, atBound, false, NOW).name()).isEqualTo(atBound);

        String megabyte = "n".repeat(1024 * 1024);
        HistoryEntry entry = new HistoryEntry(A, megabyte, false, NOW);
        assertThat(entry.name()).startsWith(atBound + "…").contains("1,048,576 characters").hasSizeLessThan(200);

        HistoryStore store = new HistoryStore(dir, Clock.systemUTC());
        store.save(List.of(entry));
        assertThat(Files.size(store.file())).isLessThan(2_000);
    }

    @Test
    void aHistoryFileWrittenBeforeTheBoundIsCutWhenRead() throws Exception {
        String megabyte = "n".repeat(1024 * 1024);
        Files.writeString(dir.resolve("history.json"), "{\"version\": 1, \"entries\": [{\"arn\": \"" + A
                + "\", \"name\": \"" + megabyte + "\"}, {\"arn\": \"" + "a".repeat(300) + "\"}]}");

        List<HistoryEntry> loaded = new HistoryStore(dir, Clock.systemUTC()).load();

        assertThat(loaded).hasSize(1);
        assertThat(loaded.get(0).name()).hasSizeLessThan(200);
    }

    @Test
    void aHistoryFileLargerThanTheBoundIsSetAsideUnread() throws Exception {
        Path file = dir.resolve("history.json");
        Files.write(file, new byte[(int) Bounds.OWN_FILE_BYTES + 1]);
        HistoryStore store = new HistoryStore(dir, Clock.systemUTC());

        assertThat(store.load()).isEmpty();
        assertThat(store.warning()).contains("larger than", "set aside");
        assertThat(file).doesNotExist();
    }

    @Test
    void aReadOnlyFileIsNotReplacedAndTheFailureSaysSo() throws Exception {
        Path file = dir.resolve("history.json");
        Files.writeString(file, "{\"version\": 1, \"entries\": []}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        Throwable failure = catchThrowable(() -> new HistoryStore(dir, Clock.systemUTC()).save(
                List.of(new HistoryEntry(A, "x", false, NOW))));

        assertThat(failure).isInstanceOf(AccessDeniedException.class).hasMessageContaining("read-only");
        assertThat(Files.readString(file)).isEqualTo("{\"version\": 1, \"entries\": []}");
    }
}
