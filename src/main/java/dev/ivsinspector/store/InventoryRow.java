package dev.ivsinspector.store;

import java.time.Instant;
import java.util.Map;

/**
 * One configuration of the organization's inventory: what the last listing saw, when it was first and last
 * seen, when it was found gone, and how it differs from the previous refresh.
 *
 * @param recordedBy null when the app listed it, else who did ("AWS Config")
 * @param recordedAt when that recorder captured it, or null
 */
public record InventoryRow(String accountId, String accountName, String region, String arn, String name, String state,
                           String bucket, Map<String, String> tags, Instant firstSeen, Instant lastSeen, Instant goneAt,
                           Mark mark, String recordedBy, Instant recordedAt) {

    /** How a row compares with the refresh before the last one. */
    public enum Mark { NEW, CHANGED, GONE, SAME }
}
