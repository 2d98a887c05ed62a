package dev.ivsinspector.demo;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;

/**
 * The JSON object of a request body, read with the SDK's own json-core parser (already on the class path,
 * so no JSON library is added). Requests of the operations served here only carry strings and integers.
 */
final class RequestBody {
    private static final JsonNodeParser PARSER = JsonNode.parser();

    private final Map<String, JsonNode> members;

    private RequestBody(Map<String, JsonNode> members) {
        this.members = members;
    }

    /** An empty body counts as {} (the SDK sends "{}" for a request without members; curl may send none). */
    static RequestBody parse(byte[] body) {
        if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return new RequestBody(Map.of());
        }
        JsonNode node;
        try {
            node = PARSER.parse(body);
        } catch (RuntimeException e) {
            throw DemoError.SERIALIZATION.exception("Request body is not valid JSON");
        }
        if (!node.isObject()) {
            throw DemoError.SERIALIZATION.exception("Request body must be a JSON object");
        }
        return new RequestBody(node.asObject());
    }

    /** A string member; absent and JSON null are both "not given". */
    Optional<String> string(String name) {
        JsonNode node = members.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isString()) {
            throw DemoError.SERIALIZATION.exception("Member '" + name + "' must be a string");
        }
        return Optional.of(node.asString());
    }

    /** An integer member; a fraction or a string is a serialization error, as in the service. */
    Optional<Long> integer(String name) {
        JsonNode node = members.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        try {
            if (node.isNumber()) {
                return Optional.of(Long.parseLong(node.asNumber()));
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw DemoError.SERIALIZATION.exception("Member '" + name + "' must be an integer");
    }
}
