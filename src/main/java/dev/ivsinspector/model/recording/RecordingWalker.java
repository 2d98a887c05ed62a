package dev.ivsinspector.model.recording;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Walks one channel's recording prefixes newest first, listing only as much as it is asked for: a bucket
 * with years of recordings answers the latest at once, and older ones come with later calls to
 * {@link #next(int)}. The date levels are not zero-padded (2024/10 sorts before 2024/9 as text), so each
 * level is ordered by its number.
 */
public final class RecordingWalker {

    /** Lists the "folders" directly under a prefix (ListObjectsV2 with delimiter '/', all pages). */
    @FunctionalInterface
    public interface FolderLister {
        List<String> folders(String prefix);
    }

    /** year, month, day, hour, minute: then the recording ids. */
    private static final int DATE_LEVELS = 5;

    /** Sibling folders listed ahead, in parallel: the walk waits for one round trip per level, not per folder. */
    private static final int AHEAD = 6;

    private final FolderLister lister;
    private final Executor prefetcher;
    private final Map<String, CompletableFuture<List<String>>> ahead = new HashMap<>();
    /** Per level below the channel prefix, the folders not yet walked, newest first. */
    private final Deque<Deque<String>> pending = new ArrayDeque<>();
    private boolean started;
    private final String channelPrefix;

    public RecordingWalker(FolderLister lister, String channelPrefix) {
        this(lister, channelPrefix, null);
    }

    /** @param prefetcher where the next folders of a level are listed ahead; null lists one at a time */
    public RecordingWalker(FolderLister lister, String channelPrefix, Executor prefetcher) {
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
            int depth = pending.size(); // 1 = years ... 5 = minutes, 6 = recordings
            if (depth <= DATE_LEVELS) {
                listAhead(level);
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
    private void listAhead(Deque<String> level) {
        if (prefetcher == null) {
            return;
        }
        int started = 0;
        for (String next : level) {
            if (started++ == AHEAD) {
                break;
            }
            ahead.computeIfAbsent(next, f -> CompletableFuture.supplyAsync(() -> lister.folders(f), prefetcher));
        }
    }

    private List<String> folders(String prefix) {
        CompletableFuture<List<String>> listed = ahead.remove(prefix);
        if (listed == null) {
            return lister.folders(prefix);
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
        List<String> children = new ArrayList<>(folders(prefix));
        if (depth < DATE_LEVELS) {
            // Date levels: only numbers count (anything else stored there is not a recording), biggest first.
            children.removeIf(child -> number(child).isEmpty());
            children.sort(Comparator.comparingInt((String child) -> number(child).orElse(-1)).reversed());
        } else {
            // Recordings that started in the same minute: their ids carry no order, keep a stable one.
            children.sort(Comparator.reverseOrder());
        }
        return new ArrayDeque<>(children);
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
