package dev.ivsinspector.model;

import dev.ivsinspector.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Walks any SDK model object through its {@code sdkFields()} metadata and builds the tree users see.
 * Nothing here names an IVS member: a member the SDK adds later shows up without a code change.
 */
public final class ResponseTree {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final FieldDocs docs;

    public ResponseTree(FieldDocs docs) {
        this.docs = docs;
    }

    /** The nodes of a response's members, in the API's order. */
    public List<PropertyNode> build(SdkPojo response) {
        return members(response, "", "");
    }

    private List<PropertyNode> members(SdkPojo pojo, String path, String docPath) {
        List<PropertyNode> nodes = new ArrayList<>();
        for (SdkField<?> field : ApiMemberOrder.get().fields(pojo)) {
            String name = field.locationName();
            String childPath = path.isEmpty() ? name : path + "." + name;
            String childDoc = docPath.isEmpty() ? name : docPath + "." + name;
            nodes.add(member(field, pojo, name, childPath, childDoc));
        }
        return nodes;
    }

    private PropertyNode member(SdkField<?> field, SdkPojo owner, String name, String path, String docPath) {
        Object value = field.getValueOrDefault(owner);
        MemberType type = MemberType.of(field, owner);
        Class<?> target = field.marshallingType().getTargetClass();
        if (SdkPojo.class.isAssignableFrom(target)) {
            return structure(field, (SdkPojo) value, name, path, docPath, type);
        }
        if (List.class.isAssignableFrom(target)) {
            return list(field, (List<?>) value, name, path, docPath, type);
        }
        if (Map.class.isAssignableFrom(target)) {
            return map(field, (Map<?, ?>) value, name, path, docPath, type);
        }
        return leaf(name, path, docPath, type, value);
    }

    private PropertyNode structure(SdkField<?> field, SdkPojo value, String name, String path, String docPath,
                                   MemberType type) {
        boolean set = value != null;
        // An absent structure still shows its members (all absent, with their defaults): users want to
        // know what applies, e.g. the thumbnail mode when no thumbnailConfiguration was given.
        SdkPojo shown = set ? value : emptyInstance(field);
        List<PropertyNode> children = shown == null ? List.of() : members(shown, path, docPath);
        String summary = Texts.format("tree.members", children.size());
        return node(name, path, docPath, NodeKind.STRUCTURE, type, summary, set, children);
    }

    private PropertyNode list(SdkField<?> field, List<?> value, String name, String path, String docPath,
                              MemberType type) {
        boolean set = value != null && !(value instanceof SdkAutoConstructList);
        SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
        List<PropertyNode> children = new ArrayList<>();
        if (set) {
            MemberType elementType = type.element();
            for (int i = 0; i < value.size(); i++) {
                children.add(element(member, value.get(i), "[" + i + "]", path + "[" + i + "]", docPath + "[]",
                        elementType));
            }
        }
        String summary = value == null || !set ? "" : value.isEmpty() ? Texts.text("tree.emptyList") : String.join(", ", listPreview(children));
        return node(name, path, docPath, NodeKind.LIST, type, summary, set, children);
    }

    private PropertyNode map(SdkField<?> field, Map<?, ?> value, String name, String path, String docPath,
                             MemberType type) {
        boolean set = value != null && !(value instanceof SdkAutoConstructMap);
        SdkField<?> valueField = field.getTrait(MapTrait.class).valueFieldInfo();
        List<PropertyNode> children = new ArrayList<>();
        if (set) {
            for (Map.Entry<?, ?> entry : value.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String keyPath = PLAIN_KEY.matcher(key).matches() ? path + "." + key
                        : path + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
                children.add(element(valueField, entry.getValue(), key, keyPath, docPath + ".*", type.element()));
            }
        }
        String summary = !set ? "" : Texts.format("tree.entries", children.size());
        return node(name, path, docPath, NodeKind.MAP, type, summary, set, children);
    }

    private PropertyNode element(SdkField<?> field, Object value, String name, String path, String docPath,
                                 MemberType type) {
        if (value instanceof SdkPojo pojo) {
            List<PropertyNode> children = members(pojo, path, docPath);
            return node(name, path, docPath, NodeKind.STRUCTURE, type, Texts.format("tree.members", children.size()), true, children);
        }
        return leaf(name, path, docPath, type, value);
    }

    private PropertyNode leaf(String name, String path, String docPath, MemberType type, Object value) {
        NodeKind kind = type.allowedValues().isEmpty() ? NodeKind.SCALAR : NodeKind.ENUM;
        return node(name, path, docPath, kind, type, value == null ? null : String.valueOf(value), value != null,
                List.of());
    }

    private PropertyNode node(String name, String path, String docPath, NodeKind kind, MemberType type, String value,
                              boolean set, List<PropertyNode> children) {
        return new PropertyNode(name, path, kind, type.label(), value, set, type.allowedValues(), docs.range(docPath),
                docs.defaultValue(docPath), docs.description(docPath), children);
    }

    private static List<String> listPreview(List<PropertyNode> children) {
        List<String> values = new ArrayList<>();
        for (PropertyNode child : children) {
            values.add(child.kind() == NodeKind.STRUCTURE ? "{...}" : child.value());
        }
        return values;
    }

    private static SdkPojo emptyInstance(SdkField<?> field) {
        if (field.constructor() == null) {
            return null;
        }
        SdkPojo builder = field.constructor().get();
        return builder instanceof SdkBuilder<?, ?> b && b.build() instanceof SdkPojo built ? built : builder;
    }
}
