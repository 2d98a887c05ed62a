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

    /** ListObjectsV2's delimiter rule over {@link #keys}: keys and common prefixes, as S3 forms them. */
    private final RecordingWalker.Lister bucket = new RecordingWalker.Lister() {
        @Override
        public List<String> folders(String prefix) {
            return entries(prefix, "/").stream().filter(e -> e.endsWith("/")).toList();
        }

        @Override
        public List<String> entries(String prefix, String delimiter) {
            listed.add(prefix);
            TreeSet<String> entries = new TreeSet<>();
            for (String key : keys.tailSet(prefix)) {
                if (!key.startsWith(prefix)) {
                    break;
                }
                int cut = key.indexOf(delimiter, prefix.length());
                entries.add(cut >= 0 ? key.substring(0, cut + delimiter.length()) : key);
            }
            return new ArrayList<>(entries);
        }
    };

    @Test
    void numbersAreComparedAsNumbersNotText() {
        keys.add(CHANNEL + "2024/9/30/23/59/aaa/events/recording-started.json");
        keys.add(CHANNEL + "2024/10/1/0/5/bbb/events/recording-started.json");
        keys.add(CHANNEL + "2024/10/1/10/0/ccc/events/recording-started.json");
        keys.add(CHANNEL + "2024/10/1/9/58/ddd/events/recording-started.json");
        keys.add(CHANNEL + "2023/12/31/23/59/eee/events/recording-started.json");
        keys.add(CHANNEL + "notes/readme.txt/x");

        List<RecordingPrefix> all = new RecordingWalker(bucket, CHANNEL).next(10);

        assertThat(all).extracting(RecordingPrefix::recordingId).containsExactly("ccc", "ddd", "bbb", "aaa", "eee");
    }

    @Test
    void asksOnlyForTheFoldersItNeeds() {
        for (int year = 2020; year <= 2024; year++) {
            keys.add(CHANNEL + year + "/1/1/0/0/r" + year + "/events/recording-started.json");
        }
        RecordingWalker walker = new RecordingWalker(bucket, CHANNEL);

        assertThat(walker.next(1)).extracting(RecordingPrefix::recordingId).containsExactly("r2024");
        assertThat(listed).noneMatch(prefix -> prefix.contains("/2020/"));
        assertThat(walker.next(10)).hasSize(4);
        assertThat(walker.isExhausted()).isTrue();
    }

    @Test
    void aDayIsListedOnceHoweverManyRecordingsItHolds() {
        for (int hour = 0; hour < 24; hour++) {
            String recording = CHANNEL + "2024/6/23/" + hour + "/" + (hour * 2) + "/rec" + hour + "/";
            keys.add(recording + "events/recording-started.json");
            keys.add(recording + "events/recording-ended.json");
            for (int segment = 0; segment < 50; segment++) {
                keys.add(recording + "media/hls/720p30/" + segment + ".ts");
            }
        }
        RecordingWalker walker = new RecordingWalker(bucket, CHANNEL);

        List<RecordingPrefix> all = walker.next(100);

        assertThat(all).hasSize(24).first().extracting(RecordingPrefix::recordingId).isEqualTo("rec23");
        assertThat(all.get(23).key()).isEqualTo(CHANNEL + "2024/6/23/0/0/rec0/");
        // Channel, year, month, day: four listings for 24 recordings, none per hour or minute.
        assertThat(listed).containsExactly(CHANNEL, CHANNEL + "2024/", CHANNEL + "2024/6/", CHANNEL + "2024/6/23/");
    }

    @Test
    void aDaysEntriesGiveItsRecordingsAndNothingElse() {
        String day = CHANNEL + "2024/6/23/";
        List<String> entries = List.of(day + "20/12/j8Z9O91ndcVs/events/recording-started.json",
                day + "20/12/j8Z9O91ndcVs/media/", day + "21/5/abc/media/", day + "readme.txt", day + "20/12/loose.txt",
                day + "x/y/z/events/recording-ended.json");

        assertThat(RecordingWalker.recordingsOfDay(day, entries)).containsExactly(day + "20/12/j8Z9O91ndcVs/",
                day + "21/5/abc/", day + "x/y/z/");
        keys.addAll(entries);
        // Not numbers (x/y) is not a recording's path: the walk leaves it out.
        assertThat(new RecordingWalker(bucket, CHANNEL).next(10)).extracting(RecordingPrefix::recordingId)
                .containsExactly("abc", "j8Z9O91ndcVs");
    }
}
