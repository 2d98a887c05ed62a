package dev.ivsinspector.model.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The walk's order and laziness over a folder tree given as plain keys (S3 itself is tested over HTTP). */
class RecordingWalkerTest {
    private static final String CHANNEL = "ivs/v1/123456789012/Ch1/";

    private final TreeSet<String> keys = new TreeSet<>();
    private final List<String> listed = new ArrayList<>();

    private List<String> folders(String prefix) {
        listed.add(prefix);
        TreeSet<String> folders = new TreeSet<>();
        for (String key : keys.tailSet(prefix)) {
            if (!key.startsWith(prefix)) {
                break;
            }
            int slash = key.indexOf('/', prefix.length());
            if (slash >= 0) {
                folders.add(key.substring(0, slash + 1));
            }
        }
        return new ArrayList<>(folders);
    }

    @Test
    void numbersAreComparedAsNumbersNotText() {
        keys.add(CHANNEL + "2024/9/30/23/59/aaa/events/recording-started.json");
        keys.add(CHANNEL + "2024/10/1/0/5/bbb/events/recording-started.json");
        keys.add(CHANNEL + "2024/10/1/10/0/ccc/events/recording-started.json");
        keys.add(CHANNEL + "2024/10/1/9/58/ddd/events/recording-started.json");
        keys.add(CHANNEL + "2023/12/31/23/59/eee/events/recording-started.json");
        keys.add(CHANNEL + "notes/readme.txt/x");

        List<RecordingPrefix> all = new RecordingWalker(this::folders, CHANNEL).next(10);

        assertThat(all).extracting(RecordingPrefix::recordingId).containsExactly("ccc", "ddd", "bbb", "aaa", "eee");
    }

    @Test
    void asksOnlyForTheFoldersItNeeds() {
        for (int year = 2020; year <= 2024; year++) {
            keys.add(CHANNEL + year + "/1/1/0/0/r" + year + "/events/recording-started.json");
        }
        RecordingWalker walker = new RecordingWalker(this::folders, CHANNEL);

        assertThat(walker.next(1)).extracting(RecordingPrefix::recordingId).containsExactly("r2024");
        assertThat(listed).noneMatch(prefix -> prefix.contains("/2020/"));
        assertThat(walker.next(10)).hasSize(4);
        assertThat(walker.isExhausted()).isTrue();
    }
}
