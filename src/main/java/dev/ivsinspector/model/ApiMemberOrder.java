package dev.ivsinspector.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Puts the members of an SDK model object in the service model's order (arn, name, destinationConfiguration,
 * state, ...), as the AWS CLI prints them and the API reference lists them. The SDK's own sdkFields() are
 * alphabetical. Members the list does not know keep coming, after the known ones, so nothing is ever hidden.
 */
public final class ApiMemberOrder {

    private static final ApiMemberOrder INSTANCE = load();

    private final Properties order;
    private final Map<Class<?>, List<SdkField<?>>> cache = new ConcurrentHashMap<>();

    private ApiMemberOrder(Properties order) {
        this.order = order;
    }

    public static ApiMemberOrder get() {
        return INSTANCE;
    }

    private static ApiMemberOrder load() {
        Properties properties = new Properties();
        try (InputStream in = ApiMemberOrder.class.getResourceAsStream("member-order.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("member-order.properties could not be read", e);
        }
        return new ApiMemberOrder(properties);
    }

    /** The object's fields, known members first in the model's order, then any others in the SDK's order. */
    public List<SdkField<?>> fields(SdkPojo pojo) {
        return cache.computeIfAbsent(pojo.getClass(), type -> sort(type, pojo.sdkFields()));
    }

    private List<SdkField<?>> sort(Class<?> type, List<SdkField<?>> fields) {
        String listed = order.getProperty(modelName(type));
        if (listed == null) {
            return List.copyOf(fields);
        }
        List<String> names = List.of(listed.split(","));
        List<SdkField<?>> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparingInt(f -> {
            int index = names.indexOf(f.locationName());
            return index < 0 ? names.size() : index;
        }));
        return List.copyOf(sorted);
    }

    /** Builders are named like their model class plus "$BuilderImpl"; both share the model's order. */
    private static String modelName(Class<?> type) {
        Class<?> named = type.getEnclosingClass() != null ? type.getEnclosingClass() : type;
        return named.getSimpleName();
    }
}
