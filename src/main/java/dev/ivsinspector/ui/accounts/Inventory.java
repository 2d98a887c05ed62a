package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.store.InventoryEntry;
import dev.ivsinspector.store.InventoryRow;
import dev.ivsinspector.store.InventoryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * All accounts' side of the stored inventory: opened on first use (off the UI thread), fed by a refresh as pages
 * arrive, read back with its marks. A failure to write never stops a listing: the rows are still shown, and the
 * problem is logged.
 */
public final class Inventory {

    /** What the store held when read. */
    public record Snapshot(List<InventoryRow> rows, Optional<Instant> lastRefresh, Optional<Path> setAside) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Inventory.class);

    private final Path file;
    private final Clock clock;
    private InventoryStore store;

    public Inventory(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    private synchronized InventoryStore store() throws IOException {
        if (store == null) {
            store = InventoryStore.open(file, clock);
        }
        return store;
    }

    public Snapshot load() throws IOException, SQLException {
        InventoryStore s = store();
        return new Snapshot(s.rows(), s.lastRefresh(), s.setAside());
    }

    /** The ARNs the full-text index finds, or empty when there is no index to ask. */
    public Optional<Set<String>> search(String text) {
        try {
            return Optional.of(store().search(text));
        } catch (IOException | SQLException e) {
            LOG.debug("Inventory search failed; filtering the rows shown instead", e);
            return Optional.empty();
        }
    }

    void beginRefresh() {
        write(s -> s.beginRefresh());
    }

    void finishRefresh() {
        write(InventoryStore::finishRefresh);
    }

    void completed(String accountId, String region) {
        write(s -> s.completed(accountId, region));
    }

    void record(String accountId, String accountName, String region, List<RecordingConfigurationSummary> page) {
        List<InventoryEntry> entries = page.stream().map(c -> new InventoryEntry(c.arn(), c.name(), c.stateAsString(),
                c.destinationConfiguration() == null || c.destinationConfiguration().s3() == null ? null
                        : c.destinationConfiguration().s3().bucketName(),
                c.hasTags() ? c.tags() : Map.of())).toList();
        write(s -> s.record(accountId, accountName, region, entries, null, null));
    }

    private interface Write {
        void to(InventoryStore store) throws SQLException;
    }

    private void write(Write write) {
        try {
            write.to(store());
        } catch (IOException | SQLException e) {
            LOG.warn("The inventory could not be updated ({}); the listing goes on", e.getMessage());
        }
    }

    /** "5 min", "3 h", "2 days": how long ago, for the age label. */
    static String ago(Instant at) {
        Duration d = Duration.between(at, Instant.now());
        if (d.toMinutes() < 1) {
            return d.toSeconds() + " s";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min";
        }
        return d.toDays() < 1 ? d.toHours() + " h" : d.toDays() + " days";
    }

    public synchronized void close() {
        if (store != null) {
            store.close();
        }
    }
}
