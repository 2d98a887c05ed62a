package dev.ivsinspector.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/** Reading the inventory: a database row to an {@link InventoryRow} with its mark, a search box to FTS5. */
final class InventoryRows {

    private InventoryRows() {
    }

    /** Each word as a quoted prefix term, so user input is never read as FTS5 syntax. */
    static String matchExpression(String query) {
        StringBuilder match = new StringBuilder();
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty()) {
                match.append(match.length() == 0 ? "" : " AND ").append('"').append(word.replace("\"", "\"\""))
                        .append("\"*");
            }
        }
        return match.toString();
    }

    static InventoryRow row(ResultSet rs, long since) throws SQLException {
        Instant first = Instant.ofEpochMilli(rs.getLong("first_seen"));
        long gone = rs.getLong("gone_at");
        boolean isGone = !rs.wasNull();
        long changed = rs.getLong("changed_at");
        boolean hasChanged = !rs.wasNull();
        long recordedAt = rs.getLong("recorded_at");
        boolean recorded = !rs.wasNull();
        InventoryRow.Mark mark = isGone ? (gone >= since ? InventoryRow.Mark.GONE : InventoryRow.Mark.SAME)
                : first.toEpochMilli() >= since ? InventoryRow.Mark.NEW
                : hasChanged && changed >= since ? InventoryRow.Mark.CHANGED : InventoryRow.Mark.SAME;
        return new InventoryRow(rs.getString("account_id"), rs.getString("account_name"), rs.getString("region"),
                rs.getString("arn"), rs.getString("name"), rs.getString("state"), rs.getString("bucket"),
                TagText.read(rs.getString("tags")), first, Instant.ofEpochMilli(rs.getLong("last_seen")),
                isGone ? Instant.ofEpochMilli(gone) : null, mark, rs.getString("recorded_by"),
                recorded ? Instant.ofEpochMilli(recordedAt) : null);
    }
}
