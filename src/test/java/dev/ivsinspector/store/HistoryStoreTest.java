package dev.ivsinspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {

    private static final String A = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";
    private static final String B = "arn:aws:ivs:eu-west-1:123456789012:recording-configuration/Eu1Wx2Yz3Ab4";
    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    @TempDir
    Path dir;

    private final HistoryStore store() {
        return new HistoryStore(dir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void noFileMeansAnEmptyHistoryWithoutWarning() {
        HistoryStore store = store();
        assertThat(store.load()).isEmpty();
        assertThat(store.warning()).isNull();
    }

    @Test
    void whatIsSavedIsLoadedBack_namesWithQuotesAndUnicodeIncluded() throws Exception {
        List<HistoryEntry> entries = List.of(new HistoryEntry(A, "prod \"live\" – 東京", true, NOW),
                new HistoryEntry(B, "", false, NOW.minusSeconds(60)));
        store().save(entries);

        assertThat(store().load()).isEqualTo(entries);
        assertThat(Files.readString(dir.resolve("history.json"))).startsWith("{\n    \"version\": 1,");
    }

    @Test
    void aCorruptedFileIsSetAsideWithAWarningAndTheAppStartsClean() throws Exception {
        for (String broken : List.of("{\"entries\": [ {\"arn\": ", "[]", "{\"entries\": [{\"name\": \"no arn\"}]}",
                "{\"entries\": [{\"arn\": \"x\", \"lastFetched\": \"yesterday\"}]}", "\u0000\u0001binary")) {
            Files.writeString(dir.resolve("history.json"), broken);
            HistoryStore store = store();

            assertThat(store.load()).as(broken).isEmpty();
            assertThat(store.warning()).contains("set aside as history.json.corrupt-20261126-101530", "empty history");
            Path aside = dir.resolve("history.json.corrupt-20261126-101530");
            assertThat(Files.readString(aside)).isEqualTo(broken);
            assertThat(dir.resolve("history.json")).doesNotExist();
            Files.delete(aside);

            store.save(List.of(new HistoryEntry(A, "n", false, NOW)));
            assertThat(store().load()).extracting(HistoryEntry::arn).containsExactly(A);
        }
    }

    @Test
    void anUnreadableFileIsTreatedLikeACorruptedOne() throws Exception {
        Files.createDirectories(dir.resolve("history.json"));
        HistoryStore store = store();
        assertThat(store.load()).isEmpty();
        assertThat(store.warning()).contains("history.json");
    }

    @Test
    void historyKeepsPinnedFirstAndAtMostThirtyRecent() {
        FetchHistory history = new FetchHistory(List.of());
        for (int i = 0; i < 40; i++) {
            history.recordFetch("arn:aws:ivs:us-west-2:1:recording-configuration/C" + i, "c" + i, NOW.plusSeconds(i));
        }
        history.setPinned("arn:aws:ivs:us-west-2:1:recording-configuration/C0", "c0", true, NOW);
        history.recordFetch("arn:aws:ivs:us-west-2:1:recording-configuration/C39", "renamed", NOW.plusSeconds(100));

        List<HistoryEntry> entries = history.entries();
        assertThat(entries.get(0)).extracting(HistoryEntry::name, HistoryEntry::pinned).containsExactly("c0", true);
        assertThat(entries.get(1).name()).isEqualTo("renamed");
        assertThat(entries.stream().filter(e -> !e.pinned())).hasSize(FetchHistory.MAX_RECENT);
    }

    @Test
    void theConfigDirectoryFollowsEachPlatform() {
        assertThat(ConfigDirectory.resolve("/tmp/x", "Linux", "/home/u", Map.of())).isEqualTo(Path.of("/tmp/x"));
        assertThat(ConfigDirectory.resolve(null, "Linux", "/home/u", Map.of()))
                .isEqualTo(Path.of("/home/u/.config/ivs-inspector"));
        assertThat(ConfigDirectory.resolve(null, "Linux", "/home/u", Map.of("XDG_CONFIG_HOME", "/cfg")))
                .isEqualTo(Path.of("/cfg/ivs-inspector"));
        assertThat(ConfigDirectory.resolve(null, "Mac OS X", "/Users/u", Map.of()))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/IVS Inspector"));
        assertThat(ConfigDirectory.resolve(null, "Windows 11", "C:\\Users\\u", Map.of("APPDATA", "C:\\Users\\u\\AppData\\Roaming")).toString())
                .endsWith("IVS Inspector");
    }
}
