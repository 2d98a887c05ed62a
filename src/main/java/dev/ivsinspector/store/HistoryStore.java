package dev.ivsinspector.store;

import dev.ivsinspector.i18n.Texts;
import dev.ivsinspector.model.Bounds;
import dev.ivsinspector.model.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * history.json in the config directory: the fetched and pinned ARNs. Written atomically. A file that cannot
 * be read as history is renamed to history.json.corrupt-TIMESTAMP (kept for the curious, never lost) and
 * the app starts with an empty history and a warning; a broken file must never stop the app from opening.
 * Read with the SDK's own JSON parser (json-utils), the only JSON library on the class path.
 */
public final class HistoryStore {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(java.time.ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;
    private String warning;

    /** @param clock when a damaged file is set aside, for its new name */
    public HistoryStore(Path directory, Clock clock) {
        this.file = directory.resolve("history.json");
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** The entries in the file; empty when there is none or when it was set aside (see {@link #warning()}). */
    public List<HistoryEntry> load() {
        warning = null;
        String text;
        try {
            if (Files.size(file) > Bounds.OWN_FILE_BYTES) {
                return setAside(Texts.format("history.tooLarge", Bounds.OWN_FILE_BYTES));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            return setAside(Texts.format("history.unreadable", e.getClass().getSimpleName()));
        }
        try {
            return parse(text);
        } catch (RuntimeException e) {
            return setAside(Texts.format("history.notJson", firstLine(e.getMessage())));
        }
    }

    /** Why the last load started empty, for the status line; null when it read fine. */
    public String warning() {
        return warning;
    }

    public void save(List<HistoryEntry> entries) throws IOException {
        List<Object> list = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("arn", entry.arn());
            json.put("name", entry.name());
            json.put("pinned", entry.pinned());
            json.put("lastFetched", entry.lastFetched().toString());
            list.add(json);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("entries", list);
        AtomicFiles.writeString(file, JsonText.pretty(root) + "\n");
    }

    private static List<HistoryEntry> parse(String text) {
        JsonNode root = JsonNode.parser().parse(text);
        List<HistoryEntry> entries = new ArrayList<>();
        for (JsonNode node : root.field("entries").orElseThrow(() -> new IllegalArgumentException("no entries")).asArray()) {
            String arn = node.field("arn").orElseThrow(() -> new IllegalArgumentException("entry without arn")).asString();
            if (arn.length() > Bounds.STORED_TEXT_CHARS) {
                continue; // no ARN is that long; cutting it would make a wrong one
            }
            String name = node.field("name").filter(n -> !n.isNull()).map(JsonNode::asString).orElse("");
            boolean pinned = node.field("pinned").filter(JsonNode::isBoolean).map(JsonNode::asBoolean).orElse(false);
            Instant when = node.field("lastFetched").filter(JsonNode::isString).map(n -> Instant.parse(n.asString()))
                    .orElse(Instant.EPOCH);
            entries.add(new HistoryEntry(arn, name, pinned, when));
        }
        return entries;
    }

    private static String firstLine(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    private List<HistoryEntry> setAside(String reason) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        try {
            Files.move(file, aside);
            warning = Texts.format("history.setAside", aside.getFileName(), reason);
        } catch (IOException | RuntimeException e) {
            warning = Texts.format("history.notUsable", file, reason);
        }
        LOG.warn(warning);
        return List.of();
    }
}
