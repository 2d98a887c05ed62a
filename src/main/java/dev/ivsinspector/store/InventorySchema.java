package dev.ivsinspector.store;

import dev.ivsinspector.i18n.Texts;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The inventory's tables, versioned with SQLite's user_version: each step takes a database from one version to
 * the next inside a transaction, so a file of any earlier version (or an empty one) ends current.
 */
final class InventorySchema {

    static final int CURRENT = 2;

    /** Step n takes version n to n + 1. */
    private static final List<List<String>> STEPS = List.of(
            List.of("""
                    CREATE TABLE configuration (
                      arn TEXT PRIMARY KEY, account_id TEXT NOT NULL, region TEXT NOT NULL, name TEXT, state TEXT,
                      bucket TEXT, tags TEXT, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL, gone_at INTEGER)
                    """),
            List.of(
                    "ALTER TABLE configuration ADD COLUMN account_name TEXT",
                    "ALTER TABLE configuration ADD COLUMN fingerprint TEXT",
                    "ALTER TABLE configuration ADD COLUMN changed_at INTEGER",
                    "ALTER TABLE configuration ADD COLUMN recorded_by TEXT",
                    "ALTER TABLE configuration ADD COLUMN recorded_at INTEGER",
                    "CREATE INDEX configuration_account_region ON configuration(account_id, region)",
                    "CREATE TABLE refresh (id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, finished_at INTEGER)",
                    // Its own copy of the searched text, one row per configuration (same rowid).
                    """
                    CREATE VIRTUAL TABLE configuration_text USING fts5(
                      name, bucket, tags, account, arn, tokenize="unicode61 tokenchars '-_.'")
                    """,
                    """
                    CREATE TRIGGER configuration_text_insert AFTER INSERT ON configuration BEGIN
                      INSERT INTO configuration_text(rowid, name, bucket, tags, account, arn)
                      VALUES (new.rowid, new.name, new.bucket, new.tags,
                              coalesce(new.account_name, '') || ' ' || new.account_id, new.arn);
                    END
                    """,
                    """
                    CREATE TRIGGER configuration_text_delete AFTER DELETE ON configuration BEGIN
                      DELETE FROM configuration_text WHERE rowid = old.rowid;
                    END
                    """,
                    """
                    CREATE TRIGGER configuration_text_update AFTER UPDATE ON configuration BEGIN
                      DELETE FROM configuration_text WHERE rowid = old.rowid;
                      INSERT INTO configuration_text(rowid, name, bucket, tags, account, arn)
                      VALUES (new.rowid, new.name, new.bucket, new.tags,
                              coalesce(new.account_name, '') || ' ' || new.account_id, new.arn);
                    END
                    """,
                    // Rows of version 1 get their text indexed too.
                    """
                    INSERT INTO configuration_text(rowid, name, bucket, tags, account, arn)
                    SELECT rowid, name, bucket, tags, coalesce(account_name, '') || ' ' || account_id, arn
                    FROM configuration
                    """));

    private InventorySchema() {
    }

    static int version(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings {@code db} to {@link #CURRENT}; a newer file than this app knows is refused. */
    static void migrate(Connection db) throws SQLException {
        int version = version(db);
        if (version > CURRENT) {
            throw new SQLException(Texts.format("inventory.newerSchema", version));
        }
        migrate(db, version, CURRENT);
    }

    /** Runs the steps from {@code from} up to {@code to} (tests make older files with it). */
    static void migrate(Connection db, int from, int to) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (int v = from; v < to; v++) {
                for (String sql : STEPS.get(v)) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + (v + 1));
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }
}
