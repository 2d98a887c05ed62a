package dev.ivsinspector.store;

import dev.ivsinspector.model.Bounds;
import dev.ivsinspector.model.DisplayText;
import java.time.Instant;
import java.util.Objects;

/**
 * An ARN the user fetched or pinned. Holds no credentials: an ARN, the configuration's name and a time.
 *
 * @param arn         the recording configuration's ARN
 * @param name        its name when last fetched (may be empty)
 * @param pinned      a favourite: kept first and never dropped
 * @param lastFetched when it was last fetched
 */
public record HistoryEntry(String arn, String name, boolean pinned, Instant lastFetched) {

    public HistoryEntry {
        Objects.requireNonNull(arn, "arn");
        // The API allows names of 128 characters; a longer one is a broken answer and is stored cut, so a
        // megabyte name can never make the drop-down unusable, now or after a restart.
        name = name == null ? "" : DisplayText.cut(name, Bounds.STORED_TEXT_CHARS);
        lastFetched = lastFetched == null ? Instant.EPOCH : lastFetched;
    }

    public HistoryEntry withPinned(boolean value) {
        return new HistoryEntry(arn, name, value, lastFetched);
    }
}
