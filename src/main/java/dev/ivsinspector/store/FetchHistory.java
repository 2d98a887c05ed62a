package dev.ivsinspector.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The history's rules, without files: a fetch moves an ARN to the top (keeping its pin), pinned ARNs come
 * first and are never dropped, and at most {@value #MAX_RECENT} unpinned ARNs are kept.
 */
public final class FetchHistory {

    public static final int MAX_RECENT = 30;

    private final List<HistoryEntry> entries = new ArrayList<>();

    public FetchHistory(List<HistoryEntry> initial) {
        entries.addAll(initial);
        normalise();
    }

    public void recordFetch(String arn, String name, Instant when) {
        boolean pinned = find(arn).map(HistoryEntry::pinned).orElse(false);
        entries.removeIf(e -> e.arn().equals(arn));
        entries.add(0, new HistoryEntry(arn, name, pinned, when));
        normalise();
    }

    /** Pins or unpins; pinning an ARN never fetched adds it. */
    public void setPinned(String arn, String name, boolean pinned, Instant when) {
        Optional<HistoryEntry> existing = find(arn);
        entries.removeIf(e -> e.arn().equals(arn));
        entries.add(0, existing.map(e -> e.withPinned(pinned)).orElse(new HistoryEntry(arn, name, pinned, when)));
        normalise();
    }

    public Optional<HistoryEntry> find(String arn) {
        return entries.stream().filter(e -> e.arn().equals(arn)).findFirst();
    }

    /** Pinned first (by name), then the most recently fetched. */
    public List<HistoryEntry> entries() {
        return List.copyOf(entries);
    }

    private void normalise() {
        entries.sort(Comparator.comparing((HistoryEntry e) -> !e.pinned())
                .thenComparing((HistoryEntry e) -> e.pinned() ? e.name().toLowerCase() + e.arn() : "")
                .thenComparing(HistoryEntry::lastFetched, Comparator.reverseOrder()));
        int recent = 0;
        for (var it = entries.iterator(); it.hasNext(); ) {
            HistoryEntry entry = it.next();
            if (!entry.pinned() && ++recent > MAX_RECENT) {
                it.remove();
            }
        }
    }
}
