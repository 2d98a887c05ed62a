package dev.ivsinspector.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Turns any SDK model object into plain JSON values through its {@code sdkFields()} metadata, with the
 * members named and nested as on the wire (their {@code locationName}) and in the API's order: what
 * {@code aws ivs get-recording-configuration} prints. Absent members (null, or the SDK's empty
 * auto-construct collections) are left out, as the CLI leaves them out.
 *
 * <p>The result is built from {@link LinkedHashMap} (objects, in member order), {@link List} (arrays),
 * {@link String}, {@link Number} and {@link Boolean}; {@link JsonText} prints it and {@link ConfigurationDiff}
 * flattens it.
 */
public final class SdkJson {

    /** The CLI prints timestamps as ISO 8601 with an explicit offset. */
    private static final DateTimeFormatter CLI_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx")
            .withZone(ZoneOffset.UTC);

    private SdkJson() {
    }

    /** The members of an SDK object as an ordered JSON object. */
    public static Map<String, Object> of(SdkPojo pojo) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (SdkField<?> field : ApiMemberOrder.get().fields(pojo)) {
            Object value = field.getValueOrDefault(pojo);
            if (isPresent(value)) {
                members.put(field.locationName(), value(value));
            }
        }
        return members;
    }

    private static boolean isPresent(Object value) {
        return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
    }

    private static Object value(Object value) {
        if (value instanceof SdkPojo pojo) {
            return of(pojo);
        }
        if (value instanceof List<?> list) {
            List<Object> elements = new ArrayList<>(list.size());
            list.forEach(element -> elements.add(element == null ? null : value(element)));
            return elements;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            map.forEach((key, entry) -> entries.put(String.valueOf(key), entry == null ? null : value(entry)));
            return entries;
        }
        if (value instanceof Instant instant) {
            return CLI_TIMESTAMP.format(instant);
        }
        if (value instanceof SdkBytes bytes) {
            return Base64.getEncoder().encodeToString(bytes.asByteArray());
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value instanceof Float f ? new BigDecimal(Float.toString(f)) : value;
        }
        return String.valueOf(value);
    }
}
