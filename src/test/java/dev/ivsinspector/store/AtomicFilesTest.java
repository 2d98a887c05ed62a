package dev.ivsinspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheWholeFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("sub/history.json");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second, longer than the first");

        assertThat(Files.readString(target)).isEqualTo("second, longer than the first");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}
