package dev.ivsinspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's choices live in its config directory, migrated once from Java's preferences. */
class AppPreferencesTest {

    @TempDir
    Path dir;

    private final Preferences legacy = Preferences.userRoot().node("dev/ivsinspector/test-" + UUID.randomUUID());

    @AfterEach
    void removeLegacy() throws Exception {
        legacy.removeNode();
    }

    @Test
    void choicesAreKeptInTheConfigDirectoryAndReadBack() {
        AppPreferences preferences = AppPreferences.open(dir, () -> null);
        preferences.node("").put("connection.profile", "prod");
        preferences.node("accounts").put("last.x", "123456789012/ReadOnly");
        preferences.flush();

        AppPreferences again = AppPreferences.open(dir, () -> legacy);
        assertThat(again.node("").get("connection.profile", null)).isEqualTo("prod");
        assertThat(again.node("accounts").get("last.x", null)).isEqualTo("123456789012/ReadOnly");
        assertThat(dir.resolve(AppPreferences.FILE)).exists();
    }

    @Test
    void theOldJavaPreferencesAreMigratedOnceOnly() throws Exception {
        legacy.put("connection.profile", "from-java-prefs");
        legacy.node("accounts").put("last.y", "210987654321/Admin");

        AppPreferences first = AppPreferences.open(dir, () -> legacy);
        first.flush();
        assertThat(first.node("").get("connection.profile", null)).isEqualTo("from-java-prefs");
        assertThat(first.node("accounts").get("last.y", null)).isEqualTo("210987654321/Admin");

        first.node("").put("connection.profile", "changed-since");
        first.flush();
        legacy.put("connection.profile", "written-by-an-old-version-later");
        AppPreferences second = AppPreferences.open(dir, () -> legacy);
        assertThat(second.node("").get("connection.profile", null)).isEqualTo("changed-since");
    }

    @Test
    void aFailureToSaveIsReportedOnceAndTheFileIsLeftAsItIs() throws Exception {
        AppPreferences preferences = AppPreferences.open(dir, () -> null);
        preferences.node("").put("connection.region", "eu-west-1");
        preferences.flush();
        Path file = dir.resolve(AppPreferences.FILE);
        String kept = Files.readString(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        List<String> reports = new CopyOnWriteArrayList<>();
        preferences.onSaveFailure(reports::add);

        preferences.node("").put("connection.region", "us-east-1");
        preferences.flush();
        preferences.node("").put("connection.region", "ap-south-1");
        preferences.flush();

        assertThat(reports).singleElement().asString().contains("could not be saved", "read-only");
        assertThat(Files.readString(file)).isEqualTo(kept);
    }
}
