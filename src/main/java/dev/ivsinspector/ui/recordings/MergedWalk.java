package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.model.recording.RecordingPrefix;
import dev.ivsinspector.model.recording.RecordingWalker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recordings of several channels in one list, newest first: each channel is walked on its own and a
 * recording is taken only once every channel that might have a newer one has shown its next.
 */
final class MergedWalk {
    /** How many recordings one channel's walker is asked for at a time. */
    private static final int STEP = 20;

    /** A recording and the channel it belongs to. */
    record Found(ChannelRef channel, RecordingPrefix prefix) {
    }

    private final Map<ChannelRef, RecordingWalker> walkers = new LinkedHashMap<>();
    private final Map<ChannelRef, Deque<RecordingPrefix>> buffered = new LinkedHashMap<>();

    MergedWalk(Map<ChannelRef, RecordingWalker> walkers) {
        this.walkers.putAll(walkers);
        walkers.keySet().forEach(channel -> buffered.put(channel, new ArrayDeque<>()));
    }

    /** Up to {@code count} more recordings over all channels, newest first. Blocking. */
    List<Found> next(int count) {
        List<Found> found = new ArrayList<>();
        while (found.size() < count) {
            ChannelRef newest = null;
            for (Map.Entry<ChannelRef, Deque<RecordingPrefix>> entry : buffered.entrySet()) {
                Deque<RecordingPrefix> queue = entry.getValue();
                RecordingWalker walker = walkers.get(entry.getKey());
                if (queue.isEmpty() && !walker.isExhausted()) {
                    // No more than asked for: the first page shows sooner when the walk stops early.
                    queue.addAll(walker.next(Math.max(1, Math.min(STEP, count - found.size()))));
                }
                if (!queue.isEmpty() && (newest == null
                        || queue.peek().startMinute().isAfter(buffered.get(newest).peek().startMinute()))) {
                    newest = entry.getKey();
                }
            }
            if (newest == null) {
                break;
            }
            found.add(new Found(newest, buffered.get(newest).poll()));
        }
        return found;
    }

    boolean isExhausted() {
        return buffered.entrySet().stream()
                .allMatch(e -> e.getValue().isEmpty() && walkers.get(e.getKey()).isExhausted());
    }
}
