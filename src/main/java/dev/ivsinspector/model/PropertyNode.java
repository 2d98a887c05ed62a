package dev.ivsinspector.model;

import dev.ivsinspector.i18n.Texts;
import java.util.List;

/**
 * One member of an API response, ready to show: a row of the tree and the content of the property panel.
 *
 * @param name          the member's JSON name, "[i]" for a list element, the key for a map entry
 * @param path          JSON path from the response root, e.g. recordingConfiguration.renditionConfiguration.renditions[0]
 * @param kind          structure, list, map, enumeration or plain value
 * @param typeName      the API type for users, e.g. "integer" or "list of enum"
 * @param value         the value as text; for containers a short summary
 * @param set           false when the member is absent from the response (its default then applies)
 * @param allowedValues enumeration values, empty for other kinds
 * @param range         the documented range or length limit, or null
 * @param defaultValue  what applies when the member is absent, or null when it has no default
 * @param description   what the member means, written for users
 * @param children      members, elements or entries, in the API's order
 */
public record PropertyNode(String name, String path, NodeKind kind, String typeName, String value, boolean set,
                           List<String> allowedValues, String range, String defaultValue, String description,
                           List<PropertyNode> children) {

    public PropertyNode {
        allowedValues = List.copyOf(allowedValues);
        children = List.copyOf(children);
    }

    /** The text of the Value column: the value, or for an absent member what applies instead. */
    public String displayValue() {
        if (set) {
            // What comes from AWS is shown with bidi controls visible and cut to a bound; Copy keeps it whole.
            return DisplayText.shown(value);
        }
        return defaultValue == null ? Texts.text("value.notSet") : Texts.format("value.notSetDefault", defaultValue);
    }

    /** Depth-first search by JSON path; null when absent. */
    public PropertyNode find(String jsonPath) {
        if (path.equals(jsonPath)) {
            return this;
        }
        for (PropertyNode child : children) {
            PropertyNode hit = child.find(jsonPath);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}
