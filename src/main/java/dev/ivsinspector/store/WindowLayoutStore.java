package dev.ivsinspector.store;

import dev.ivsinspector.model.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * window.json in the config directory. A missing or unreadable file means the default layout: losing a
 * window size is harmless, so unlike the history nothing is set aside; the next save replaces it.
 */
public final class WindowLayoutStore {

    private static final Logger LOG = LoggerFactory.getLogger(WindowLayoutStore.class);

    private final Path file;

    public WindowLayoutStore(Path directory) {
        this.file = directory.resolve("window.json");
    }

    public WindowLayout load() {
        try {
            JsonNode root = JsonNode.parser().parse(Files.readString(file));
            WindowLayout d = WindowLayout.DEFAULT;
            return new WindowLayout(number(root, "x", d.x()), number(root, "y", d.y()),
                    Math.max(400, number(root, "width", d.width())), Math.max(300, number(root, "height", d.height())),
                    flag(root, "maximized"),
                    number(root, "browseDivider", d.browseDivider()), number(root, "inspectorDivider", d.inspectorDivider()),
                    root.field("theme").filter(JsonNode::isString).map(JsonNode::asString).orElse(d.theme()),
                    new WindowLayout.Panes(number(root, "fieldColumnWidth", Double.NaN), flag(root, "browseCollapsed"),
                            flag(root, "detailsCollapsed"), number(root, "fontScale", 1)));
        } catch (NoSuchFileException e) {
            return WindowLayout.DEFAULT;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The window layout in {} could not be read ({}); using the default layout", file, e.getClass().getSimpleName());
            return WindowLayout.DEFAULT;
        }
    }

    public void save(WindowLayout layout) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (layout.hasPosition()) {
            json.put("x", layout.x());
            json.put("y", layout.y());
        }
        json.put("width", layout.width());
        json.put("height", layout.height());
        json.put("maximized", layout.maximized());
        json.put("browseDivider", layout.browseDivider());
        json.put("inspectorDivider", layout.inspectorDivider());
        json.put("theme", layout.theme());
        if (!Double.isNaN(layout.panes().fieldColumnWidth())) {
            json.put("fieldColumnWidth", layout.panes().fieldColumnWidth());
        }
        json.put("browseCollapsed", layout.panes().browseCollapsed());
        json.put("detailsCollapsed", layout.panes().detailsCollapsed());
        json.put("fontScale", layout.panes().fontScale());
        try {
            AtomicFiles.writeString(file, JsonText.pretty(json) + "\n");
        } catch (IOException | RuntimeException e) {
            LOG.warn("The window layout could not be saved to {}: {}", file, e.toString());
        }
    }

    private static boolean flag(JsonNode root, String name) {
        return root.field(name).filter(JsonNode::isBoolean).map(JsonNode::asBoolean).orElse(false);
    }

    private static double number(JsonNode root, String name, double fallback) {
        return root.field(name).filter(JsonNode::isNumber).map(n -> Double.parseDouble(n.asNumber())).orElse(fallback);
    }
}
