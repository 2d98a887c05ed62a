package dev.ivsinspector.aws.org;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Reads the configuration items an advanced query returns: each result is a JSON string with the selected fields
 * (resourceId, resourceName, accountId, awsRegion, configuration, tags, configurationItemCaptureTime). The
 * configuration holds the resource type's properties, named as CloudFormation names them (Arn, Name, State,
 * DestinationConfiguration.S3.BucketName); camel-case names are read too. Anything else is ignored.
 */
final class ConfigurationItems {

    private ConfigurationItems() {
    }

    /** The configuration the item describes, or empty when it names no recording-configuration ARN. */
    static Optional<AggregatedConfiguration> read(String result) {
        JsonNode item;
        try {
            item = JsonNode.parser().parse(result);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!item.isObject()) {
            return Optional.empty();
        }
        JsonNode configuration = item.field("configuration").map(ConfigurationItems::objectOrEncoded)
                .orElse(JsonNode.emptyObjectNode());
        String arn = text(configuration, "Arn", "arn").or(() -> text(item, "arn"))
                .or(() -> text(item, "resourceId")).filter(a -> a.startsWith("arn:") && a.contains(":recording-configuration/"))
                .orElse(null);
        if (arn == null) {
            return Optional.empty();
        }
        String[] parts = arn.split(":", 6);
        String region = text(item, "awsRegion").orElse(parts.length > 3 ? parts[3] : "");
        String account = text(item, "accountId").orElse(parts.length > 4 ? parts[4] : "");
        String name = text(configuration, "Name", "name").or(() -> text(item, "resourceName")).orElse("");
        String state = text(configuration, "State", "state").orElse("");
        String bucket = field(configuration, "DestinationConfiguration", "destinationConfiguration")
                .flatMap(d -> field(d, "S3", "s3")).flatMap(s3 -> text(s3, "BucketName", "bucketName")).orElse("");
        return Optional.of(new AggregatedConfiguration(account, region, arn, name, state, bucket, tags(item),
                captureTime(item)));
    }

    /** Config sends the configuration as an object; some item shapes carry it as a JSON-encoded string. */
    private static JsonNode objectOrEncoded(JsonNode node) {
        if (node.isString()) {
            try {
                JsonNode parsed = JsonNode.parser().parse(node.asString());
                return parsed.isObject() ? parsed : JsonNode.emptyObjectNode();
            } catch (RuntimeException e) {
                return JsonNode.emptyObjectNode();
            }
        }
        return node.isObject() ? node : JsonNode.emptyObjectNode();
    }

    /** tags: [{"key": "k", "value": "v", "tag": "k=v"}]; a map {"k": "v"} is read too. */
    private static Map<String, String> tags(JsonNode item) {
        Map<String, String> tags = new LinkedHashMap<>();
        item.field("tags").ifPresent(node -> {
            if (node.isArray()) {
                for (JsonNode tag : node.asArray()) {
                    text(tag, "key", "Key").ifPresent(k -> tags.put(k, text(tag, "value", "Value").orElse("")));
                }
            } else if (node.isObject()) {
                node.asObject().forEach((k, v) -> tags.put(k, v.isString() ? v.asString() : v.toString()));
            }
        });
        return tags;
    }

    private static Instant captureTime(JsonNode item) {
        Optional<JsonNode> node = item.field("configurationItemCaptureTime");
        try {
            if (node.isPresent() && node.get().isString()) {
                return Instant.parse(node.get().asString());
            }
            if (node.isPresent() && node.get().isNumber()) {
                return Instant.ofEpochMilli((long) (Double.parseDouble(node.get().asNumber()) * 1000));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Optional<JsonNode> field(JsonNode node, String... names) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        for (String name : names) {
            Optional<JsonNode> found = node.field(name).filter(JsonNode::isObject);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode node, String... names) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        for (String name : names) {
            Optional<String> found = node.field(name).filter(JsonNode::isString).map(JsonNode::asString);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
