package dev.ivsinspector.model.recording;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Walks one channel's recording prefixes newest first, listing only as much as it is asked for: a bucket
 * with years of recordings answers the latest at once, and older ones come with later calls to
 * {@link #next(int)}. The date levels are not zero-padded (2024/10 sorts before 2024/9 as text), so each
 * level is ordered by its number. Years, months and days are listed as folders; a day's recordings come from
 * one listing of the day with the delimiter {@value #MEDIA_DELIMITER}, which folds each recording's media into
 * one entry and leaves its few events files: one call per day instead of one per hour, minute and recording.
 */
public final class RecordingWalker {

    /** What the walk asks of the bucket (ListObjectsV2, all pages). */
    public interface Lister {
        /** The "folders" directly under a prefix (delimiter '/'). */
        List<String> folders(String prefix);

        /** The keys and the common prefixes under a prefix, with the given delimiter. */
        List<String> entries(String prefix, String delimiter);
    }

    /** Everything a recording writes is under events/ (a few files) or media/ (many): media folds into one entry. */
    public static final String MEDIA_DELIMITER = "/media/";

    /** year, month, day: then the day's recordings. */
    private static final int DATE_LEVELS = 3;

    /** Sibling folders listed ahead, in parallel: the walk waits for one round trip per level, not per folder. */
    private static final int AHEAD = 6;

    private final Lister lister;
    private final Executor prefetcher;
    private final Map<String, CompletableFuture<List<String>>> ahead = new HashMap<>();
    /** Per level below the channel prefix, the folders not yet walked, newest first. */
    private final Deque<Deque<String>> pending = new ArrayDeque<>();
    private boolean started;
    private final String channelPrefix;

    public RecordingWalker(Lister lister, String channelPrefix) {
        this(lister, channelPrefix, null);
    }

    /** @param prefetcher where the next folders of a level are listed ahead; null lists one at a time */
    public RecordingWalker(Lister lister, String channelPrefix, Executor prefetcher) {
        this.lister = lister;
        this.channelPrefix = channelPrefix;
        this.prefetcher = prefetcher;
    }

    /** Up to {@code count} more recordings, newest first; fewer (or none) once the channel has no older ones. */
    public List<RecordingPrefix> next(int count) {
        if (!started) {
            started = true;
            pending.push(sortedChildren(channelPrefix, 0));
        }
        List<RecordingPrefix> found = new ArrayList<>();
        while (found.size() < count && !pending.isEmpty()) {
            Deque<String> level = pending.peek();
            if (level.isEmpty()) {
                pending.pop();
                continue;
            }
            String folder = level.poll();
            int depth = pending.size(); // 1 = years, 2 = months, 3 = days, 4 = recordings
            if (depth <= DATE_LEVELS) {
                listAhead(level, depth);
                pending.push(sortedChildren(folder, depth));
            } else {
                RecordingPrefix.parse(folder).ifPresent(found::add);
            }
        }
        return found;
    }

    /** True when every recording has been returned. */
    public boolean isExhausted() {
        return started && pending.stream().allMatch(Deque::isEmpty);
    }

    /** Starts listing the next folders of {@code level}, which the walk will most likely enter soon. */
    private void listAhead(Deque<String> level, int depth) {
        if (prefetcher == null) {
            return;
        }
        int started = 0;
        for (String next : level) {
            if (started++ == AHEAD) {
                break;
            }
            ahead.computeIfAbsent(next, f -> CompletableFuture.supplyAsync(() -> children(f, depth), prefetcher));
        }
    }

    /** What is directly below {@code prefix}: date folders, or (below a day) the day's recording prefixes. */
    private List<String> children(String prefix, int depth) {
        return depth < DATE_LEVELS ? lister.folders(prefix) : recordingsOfDay(prefix, lister.entries(prefix,
                MEDIA_DELIMITER));
    }

    /**
     * The recording prefixes ({@code <day>/<hours>/<minutes>/<recording_id>/}) that a day's entries (keys such as
     * {@code 20/12/id/events/recording-ended.json} and common prefixes such as {@code 20/12/id/media/}) are in.
     */
    static List<String> recordingsOfDay(String day, List<String> entries) {
        Set<String> recordings = new LinkedHashSet<>();
        for (String entry : entries) {
            if (!entry.startsWith(day)) {
                continue;
            }
            String[] parts = entry.substring(day.length()).split("/", 4);
            // Something must follow the id: a file or the media folder; a bare name is not a recording's.
            if (parts.length == 4 && !parts[2].isEmpty()) {
                recordings.add(day + parts[0] + "/" + parts[1] + "/" + parts[2] + "/");
            }
        }
        return new ArrayList<>(recordings);
    }

    private List<String> listed(String prefix, int depth) {
        CompletableFuture<List<String>> listed = ahead.remove(prefix);
        if (listed == null) {
            return children(prefix, depth);
        }
        try {
            return listed.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private Deque<String> sortedChildren(String prefix, int depth) {
        List<String> children = new ArrayList<>(listed(prefix, depth));
        if (depth < DATE_LEVELS) {
            // Date levels: only numbers count (anything else stored there is not a recording), biggest first.
            children.removeIf(child -> number(child).isEmpty());
            children.sort(Comparator.comparingInt((String child) -> number(child).orElse(-1)).reversed());
            return new ArrayDeque<>(children);
        }
        // A day's recordings: newest minute first; recordings of the same minute carry no order, keep a stable one.
        List<RecordingPrefix> recordings = new ArrayList<>();
        children.forEach(child -> RecordingPrefix.parse(child).ifPresent(recordings::add));
        recordings.sort(Comparator.comparing(RecordingPrefix::startMinute).thenComparing(RecordingPrefix::key)
                .reversed());
        Deque<String> keys = new ArrayDeque<>();
        recordings.forEach(r -> keys.add(r.key()));
        return keys;
    }

    private static Optional<Integer> number(String folder) {
        String trimmed = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (last.isEmpty() || last.length() > 9 || !last.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(last));
    }
}
