package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.connection.AwsProfile;
import dev.ivsinspector.aws.connection.ProfileCatalog;
import dev.ivsinspector.aws.connection.ProfileLoadResult;
import dev.ivsinspector.model.Bounds;
import dev.ivsinspector.testing.Fx;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A huge or slow ~/.aws/config never keeps the window from opening. */
class ProfilesAtStartTest {

    @TempDir
    Path dir;

    @Test
    void aSlowConfigFileGivesALoadingLineAtOnceAndTheProfilesWhenRead() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ProfileLoadResult read = new ProfileLoadResult(List.of(), List.of());
        ProfilesAtStart start = ProfilesAtStart.begin(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return read;
        });

        ProfileLoadResult first = start.now(Duration.ofMillis(50), "Loading profiles…");

        assertThat(first.profiles()).isEmpty();
        assertThat(first.problems()).containsExactly("Loading profiles…");
        Fx.start();
        AtomicReference<ProfileLoadResult> later = new AtomicReference<>();
        start.whenLoaded(later::set);
        release.countDown();
        Fx.await(() -> later.get() != null);
        assertThat(later.get()).isSameAs(read);
    }

    @Test
    void anHonestConfigFileIsReadBeforeTheWaitEnds() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, "[profile work]\nregion = eu-west-1\n");
        ProfilesAtStart start = ProfilesAtStart.begin(
                () -> new ProfileCatalog(config, dir.resolve("credentials"), Map.of()).load());

        ProfileLoadResult result = start.now(Duration.ofSeconds(5), "Loading profiles…");

        assertThat(result.profiles()).extracting(AwsProfile::name).containsExactly("work");
    }

    @Test
    void aConfigFileLargerThanTheBoundIsNotParsedAndSaysSo() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, "[profile work]\nregion = eu-west-1\n");
        try (RandomAccessFile file = new RandomAccessFile(config.toFile(), "rw")) {
            file.setLength(20L * 1024 * 1024); // 20 MB, as in the report
        }

        ProfileLoadResult result = new ProfileCatalog(config, dir.resolve("credentials"), Map.of()).load();

        assertThat(result.profiles()).isEmpty();
        assertThat(result.problems()).singleElement().asString()
                .contains("20,971,520 bytes", String.format("%,d bytes", Bounds.PROFILE_FILE_BYTES), "demo account");
    }
}
