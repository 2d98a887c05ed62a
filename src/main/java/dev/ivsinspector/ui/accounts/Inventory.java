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
import dev.ivsinspector.aws.org.AggregatedConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * All accounts' side of the stored inventory: opened on first use (off the UI thread), fed by a refresh as pages
 * arrive, read back with its marks. A failure to write never stops a listing: the rows are still shown, and the
 * problem is logged.
 */
public final class Inventory {

    /** What the store held when read, each row made into what the caller shows. */
    public record Snapshot<T>(List<T> rows, Optional<Instant> lastRefresh, Optional<Path> setAside) {
    }

    /** Who recorded rows that came from an aggregator (the inventory's recorded_by). */
    public static final String AWS_CONFIG = "AWS Config";

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

    /** The stored rows, each made into what the caller shows as it is read (never all of them twice over). */
    public <T> Snapshot<T> load(Function<InventoryRow, T> as) throws IOException, SQLException {
        InventoryStore s = store();
        List<T> rows = new ArrayList<>();
        s.rows(row -> rows.add(as.apply(row)));
        return new Snapshot<>(rows, s.lastRefresh(), s.setAside());
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

    /** A page of what an AWS Config aggregator recorded, each configuration under its own account and region. */
    void recordAggregated(List<AggregatedConfiguration> page) {
        Map<List<String>, List<AggregatedConfiguration>> byPlace = new LinkedHashMap<>();
        page.forEach(c -> byPlace.computeIfAbsent(List.of(c.accountId(), c.region()), k -> new ArrayList<>()).add(c));
        byPlace.forEach((place, items) -> {
            Instant capturedAt = items.stream().map(AggregatedConfiguration::capturedAt).filter(Objects::nonNull)
                    .min(Instant::compareTo).orElse(null);
            List<InventoryEntry> entries = items.stream().map(c -> new InventoryEntry(c.arn(), c.name(), c.state(),
                    c.bucket(), c.tags())).toList();
            write(s -> s.record(place.get(0), null, place.get(1), entries, AWS_CONFIG, capturedAt));
        });
    }

    /** The aggregator's query ended normally: it covered every region of these accounts. */
    void completedAccounts(Set<String> accountIds) {
        accountIds.forEach(id -> write(s -> s.completedAccount(id)));
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
