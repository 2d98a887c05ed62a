package dev.ivsinspector.store;

import dev.ivsinspector.i18n.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organization's inventory in one SQLite file (WAL: readers never wait for a refresh that is writing). Each
 * refresh records what it listed; a configuration's first and last sighting and when it was found gone are kept,
 * and rows are marked new, changed or gone against the refresh before. A file SQLite cannot read is set aside
 * and a new one started. Only summaries are stored: never a key, token or secret.
 */
public final class InventoryStore implements AutoCloseable {

    public static final String FILE_NAME = "inventory.db";
    private static final Logger LOG = LoggerFactory.getLogger(InventoryStore.class);

    private final Path file;
    private final Clock clock;
    private final Connection writer;
    /** Reads go through their own connection: in WAL mode they see the last commit while a refresh writes. */
    private final Connection reader;
    private final Path setAside;
    private long refreshStartedAt;

    private InventoryStore(Path file, Clock clock, Connection writer, Path setAside) throws SQLException {
        this.file = file;
        this.clock = clock;
        this.writer = writer;
        this.reader = connect(file);
        this.setAside = setAside;
        this.refreshStartedAt = lastRefreshStart(writer);
    }

    /** Opens (creating, migrating or, when damaged, setting aside and starting again) the inventory file. */
    public static InventoryStore open(Path file, Clock clock) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            return new InventoryStore(file, clock, connectAndMigrate(file), null);
        } catch (SQLException e) {
            if (!damaged(e)) {
                throw new IOException(Texts.format("inventory.notOpened", file, e.getMessage()), e);
            }
            SQLException damaged = e;
            Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + clock.millis());
            LOG.warn("The inventory {} cannot be read ({}); it is kept as {} and a new one is started", file,
                    damaged.getMessage(), aside);
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
            try {
                return new InventoryStore(file, clock, connectAndMigrate(file), aside);
            } catch (SQLException again) {
                throw new IOException(Texts.format("inventory.notCreated", file, again.getMessage()), again);
            }
        }
    }

    /** A file that is not SQLite, or a damaged one; other failures (a bug, a full disk) must not discard the file. */
    private static boolean damaged(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT") || message.startsWith("quick_check");
    }

    private static Connection connectAndMigrate(Path file) throws SQLException {
        Connection db = connect(file);
        try {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    if (!rs.next() || !"ok".equals(rs.getString(1))) {
                        throw new SQLException("quick_check: " + (rs.getRow() == 0 ? "no answer" : rs.getString(1)));
                    }
                }
            }
            InventorySchema.migrate(db);
            return db;
        } catch (SQLException e) {
            db.close();
            throw e;
        }
    }

    private static Connection connect(Path file) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
        }
        return db;
    }

    /** Where a damaged file was moved when this store was opened, if that happened. */
    public Optional<Path> setAside() {
        return Optional.ofNullable(setAside);
    }

    public Path file() {
        return file;
    }

    /** Starts a refresh: what it records is compared with what the inventory held before. */
    public synchronized void beginRefresh() throws SQLException {
        long now = Math.max(clock.millis(), refreshStartedAt + 1);
        try (PreparedStatement s = writer.prepareStatement("INSERT INTO refresh(started_at) VALUES (?)")) {
            s.setLong(1, now);
            s.executeUpdate();
        }
        refreshStartedAt = now;
    }

    /** Records one page (or more) of one account-region, in one transaction. */
    public synchronized void record(String accountId, String accountName, String region, List<InventoryEntry> entries,
                                    String recordedBy, Instant recordedAt) throws SQLException {
        long now = Math.max(clock.millis(), refreshStartedAt);
        String upsert = """
                INSERT INTO configuration(arn, account_id, account_name, region, name, state, bucket, tags, fingerprint,
                                          first_seen, last_seen, gone_at, changed_at, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)
                ON CONFLICT(arn) DO UPDATE SET
                  account_name = coalesce(excluded.account_name, configuration.account_name), name = excluded.name, state = excluded.state,
                  bucket = excluded.bucket, tags = excluded.tags,
                  changed_at = CASE WHEN configuration.fingerprint IS NOT excluded.fingerprint
                                    THEN excluded.last_seen ELSE configuration.changed_at END,
                  fingerprint = excluded.fingerprint, last_seen = excluded.last_seen, gone_at = NULL,
                  recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                """;
        inTransaction(() -> {
            try (PreparedStatement s = writer.prepareStatement(upsert)) {
                for (InventoryEntry e : entries) {
                    s.setString(1, e.arn());
                    s.setString(2, accountId);
                    s.setString(3, accountName);
                    s.setString(4, region);
                    s.setString(5, e.name());
                    s.setString(6, e.state());
                    s.setString(7, e.bucket());
                    s.setString(8, TagText.write(e.tags()));
                    s.setString(9, e.fingerprint());
                    s.setLong(10, now);
                    s.setLong(11, now);
                    s.setString(12, recordedBy);
                    if (recordedAt == null) {
                        s.setNull(13, java.sql.Types.INTEGER);
                    } else {
                        s.setLong(13, recordedAt.toEpochMilli());
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    /** The account-region was listed to the end in this refresh: what it held before and did not list now is gone. */
    public synchronized void completed(String accountId, String region) throws SQLException {
        markGone("account_id = ? AND region = ?", accountId, region);
    }

    /** Every region of the account was covered (an AWS Config aggregator records them all): the same, account-wide. */
    public synchronized void completedAccount(String accountId) throws SQLException {
        markGone("account_id = ?", accountId);
    }

    private void markGone(String where, String... values) throws SQLException {
        try (PreparedStatement s = writer.prepareStatement("UPDATE configuration SET gone_at = ? WHERE " + where
                + " AND last_seen < ? AND gone_at IS NULL")) {
            s.setLong(1, Math.max(clock.millis(), refreshStartedAt));
            for (int i = 0; i < values.length; i++) {
                s.setString(2 + i, values[i]);
            }
            s.setLong(2 + values.length, refreshStartedAt);
            s.executeUpdate();
        }
    }

    public synchronized void finishRefresh() throws SQLException {
        try (PreparedStatement s = writer.prepareStatement("UPDATE refresh SET finished_at = ? WHERE started_at = ?")) {
            s.setLong(1, Math.max(clock.millis(), refreshStartedAt));
            s.setLong(2, refreshStartedAt);
            s.executeUpdate();
        }
    }

    /** When the last finished refresh ended, if there was one. */
    public Optional<Instant> lastRefresh() throws SQLException {
        synchronized (reader) {
            return lastRefresh(reader);
        }
    }

    private static Optional<Instant> lastRefresh(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(finished_at) FROM refresh")) {
            long at = rs.next() ? rs.getLong(1) : 0;
            return at == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
        }
    }

    /** The whole inventory, marked against the refresh before the last one; read on a connection of its own. */
    public List<InventoryRow> rows() throws SQLException {
        List<InventoryRow> rows = new ArrayList<>();
        rows(rows::add);
        return rows;
    }

    /** The whole inventory, a row at a time: a caller that keeps only what it makes of each never holds them all. */
    public void rows(Consumer<InventoryRow> each) throws SQLException {
        synchronized (reader) {
            InventoryRows.readAll(reader, each);
        }
    }

    /** The ARNs whose name, bucket, tags, account or ARN have words starting with every word of {@code query}. */
    public Set<String> search(String query) throws SQLException {
        Set<String> arns = new HashSet<>();
        String match = InventoryRows.matchExpression(query);
        if (match.isEmpty()) {
            return arns;
        }
        synchronized (reader) {
            try (PreparedStatement s = reader.prepareStatement(
                    "SELECT arn FROM configuration_text WHERE configuration_text MATCH ?")) {
                s.setString(1, match);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        arns.add(rs.getString(1));
                    }
                }
            }
        }
        return arns;
    }

    private static long lastRefreshStart(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT max(started_at) FROM refresh")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private void inTransaction(SqlWork work) throws SQLException {
        writer.setAutoCommit(false);
        try {
            work.run();
            writer.commit();
        } catch (SQLException e) {
            writer.rollback();
            throw e;
        } finally {
            writer.setAutoCommit(true);
        }
    }

    @Override
    public synchronized void close() {
        try {
            synchronized (reader) {
                reader.close();
            }
            writer.close();
        } catch (SQLException e) {
            LOG.debug("Closing the inventory", e);
        }
    }
}
