package dev.ivsinspector.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

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

    /** Every row, marked against the refresh before the last one, in the order the inventory is shown. */
    static void readAll(Connection db, Consumer<InventoryRow> each) throws SQLException {
        long since = markingSince(db);
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT account_id, account_name, region, arn, name, state, bucket, tags, first_seen, last_seen,
                       gone_at, changed_at, recorded_by, recorded_at
                FROM configuration ORDER BY account_name, account_id, region, name""")) {
            while (rs.next()) {
                each.accept(row(rs, since));
            }
        }
    }

    /** The start of the last refresh when one came before it; with a single refresh nothing is marked. */
    private static long markingSince(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT started_at FROM refresh ORDER BY started_at DESC LIMIT 2")) {
            long latest = rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
            return rs.next() ? latest : Long.MAX_VALUE;
        }
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
