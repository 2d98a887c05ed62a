package dev.ivsinspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inventory's SQLite file: migrations, marking across refreshes, a damaged file, reads during a refresh. */
class InventoryStoreTest {

    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "us-west-2";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(InventoryStore.FILE_NAME);
    }

    private static InventoryEntry entry(String id, String name, String bucket, Map<String, String> tags) {
        return new InventoryEntry("arn:aws:ivs:us-west-2:" + ACCOUNT + ":recording-configuration/" + id, name,
                "ACTIVE", bucket, tags);
    }

    @Test
    void anEmptyFileBecomesTheCurrentSchemaInWalMode() throws Exception {
        try (InventoryStore store = InventoryStore.open(file(), Clock.systemUTC())) {
            assertThat(store.rows()).isEmpty();
            assertThat(store.lastRefresh()).isEmpty();
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement s = db.createStatement()) {
            assertThat(InventorySchema.version(db)).isEqualTo(InventorySchema.CURRENT);
            var rs = s.executeQuery("PRAGMA journal_mode");
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aFileOfThePreviousSchemaIsMigratedKeepingItsRowsAndIndexingThem() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = db.createStatement()) {
            InventorySchema.migrate(db, 0, 1);
            s.execute("INSERT INTO configuration(arn, account_id, region, name, state, bucket, tags, first_seen, last_seen)"
                    + " VALUES ('arn:aws:ivs:us-west-2:1:recording-configuration/Old1', '1', 'us-west-2', 'legacy-show',"
                    + " 'ACTIVE', 'old-bucket', 'team=video', 1000, 2000)");
            assertThat(InventorySchema.version(db)).isEqualTo(1);
        }
        try (InventoryStore store = InventoryStore.open(file(), Clock.systemUTC())) {
            assertThat(store.rows()).singleElement().satisfies(row -> {
                assertThat(row.name()).isEqualTo("legacy-show");
                assertThat(row.tags()).containsEntry("team", "video");
                assertThat(row.firstSeen()).isEqualTo(Instant.ofEpochMilli(1000));
            });
            assertThat(store.search("legacy")).hasSize(1);
            assertThat(store.search("old-buck")).hasSize(1);
        }
    }

    @Test
    void rowsAreMarkedNewChangedOrGoneAgainstThePreviousRefresh() throws Exception {
        try (InventoryStore store = InventoryStore.open(file(), Clock.systemUTC())) {
            store.beginRefresh();
            store.record(ACCOUNT, "Production", REGION, List.of(entry("A", "alpha", "b1", Map.of()),
                    entry("B", "beta", "b1", Map.of("env", "prod")), entry("C", "gamma", "b1", Map.of())), null, null);
            store.completed(ACCOUNT, REGION);
            store.finishRefresh();
            assertThat(store.rows()).extracting(InventoryRow::mark).containsOnly(InventoryRow.Mark.SAME);

            Thread.sleep(5);
            store.beginRefresh();
            store.record(ACCOUNT, "Production", REGION, List.of(entry("A", "alpha", "b1", Map.of()),
                    entry("B", "beta", "b1", Map.of("env", "staging")), entry("D", "delta", "b2", Map.of())), null, null);
            store.completed(ACCOUNT, REGION);
            store.finishRefresh();
            Map<String, InventoryRow.Mark> marks = store.rows().stream()
                    .collect(Collectors.toMap(InventoryRow::name, InventoryRow::mark));
            assertThat(marks).containsExactlyInAnyOrderEntriesOf(Map.of("alpha", InventoryRow.Mark.SAME,
                    "beta", InventoryRow.Mark.CHANGED, "gamma", InventoryRow.Mark.GONE, "delta", InventoryRow.Mark.NEW));
            assertThat(store.lastRefresh()).isPresent();
            assertThat(store.search("staging")).singleElement().asString().endsWith("/B");
            assertThat(store.search("env=prod")).isEmpty();
            assertThat(store.search("env=stag")).singleElement().asString().endsWith("/B");
        }
        // The marks survive a restart: they are in the file.
        try (InventoryStore again = InventoryStore.open(file(), Clock.systemUTC())) {
            assertThat(again.rows()).filteredOn(r -> r.mark() == InventoryRow.Mark.GONE).extracting(InventoryRow::name)
                    .containsExactly("gamma");
        }
    }

    @Test
    void aDamagedFileIsSetAsideAndANewInventoryStarted() throws Exception {
        Files.write(file(), "this is not a database, whatever SQLite thinks of it ".repeat(200).getBytes());
        try (InventoryStore store = InventoryStore.open(file(), Clock.systemUTC())) {
            assertThat(store.setAside()).isPresent();
            assertThat(Files.readString(store.setAside().get())).startsWith("this is not a database");
            store.beginRefresh();
            store.record(ACCOUNT, "Production", REGION, List.of(entry("A", "alpha", "b1", Map.of())), null, null);
            assertThat(store.rows()).hasSize(1);
        }
    }

    @Test
    void readsDuringARefreshNeverFailAndSeeWholeTransactions() throws Exception {
        try (InventoryStore store = InventoryStore.open(file(), Clock.systemUTC())) {
            store.beginRefresh();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicInteger reads = new AtomicInteger();
            Thread reader = new Thread(() -> {
                try {
                    int last = 0;
                    while (writing.get()) {
                        int seen = store.rows().size();
                        assertThat(seen % 500).as("only whole pages").isZero();
                        assertThat(seen).isGreaterThanOrEqualTo(last);
                        last = seen;
                        store.search("show");
                        reads.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            reader.start();
            for (int page = 0; page < 12; page++) {
                List<InventoryEntry> entries = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    entries.add(entry("P" + page + "x" + i, "show-" + page + "-" + i, "bucket", Map.of("n", "" + i)));
                }
                store.record(ACCOUNT, "Production", REGION, entries, null, null);
            }
            writing.set(false);
            reader.join();
            assertThat(failure.get()).isNull();
            assertThat(reads.get()).isPositive();
            assertThat(store.rows()).hasSize(6_000);
            assertThat(store.search("show-11")).hasSize(500);
        }
    }
}
