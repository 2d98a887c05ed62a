package dev.ivsinspector.model;

import dev.ivsinspector.i18n.Texts;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * The user-facing type of a member, with its enumeration values. The SDK's field metadata knows only the wire
 * type (an enum travels as a string), so the typed getter of the model class is read to find the enum class.
 *
 * @param label         e.g. "string", "integer", "enum", "list of enum", "map of string", "structure"
 * @param allowedValues enumeration values in the SDK's order, without UNKNOWN_TO_SDK_VERSION
 * @param elementType   for lists and maps, the type of an element
 */
record MemberType(String label, List<String> allowedValues, Class<?> elementType) {

    static final MemberType UNKNOWN = new MemberType("value", List.of(), null);

    static MemberType of(SdkField<?> field, SdkPojo owner) {
        Method getter = getter(owner.getClass(), field.memberName());
        Class<?> wire = field.marshallingType().getTargetClass();
        if (List.class.isAssignableFrom(wire) || Map.class.isAssignableFrom(wire)) {
            Class<?> element = getter == null ? null : lastTypeArgument(getter.getGenericReturnType());
            String container = List.class.isAssignableFrom(wire) ? "type.listOf" : "type.mapOf";
            return new MemberType(Texts.format(container, simpleLabel(element)), enumValues(element), element);
        }
        Class<?> declared = getter == null ? wire : getter.getReturnType();
        return new MemberType(simpleLabel(declared), enumValues(declared), null);
    }

    /** The type of one element of this list or map. */
    MemberType element() {
        return elementType == null ? UNKNOWN : new MemberType(simpleLabel(elementType), enumValues(elementType), null);
    }

    private static String simpleLabel(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (SdkPojo.class.isAssignableFrom(type)) {
            return "structure";
        }
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static List<String> enumValues(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            if (!((Enum<?>) constant).name().equals("UNKNOWN_TO_SDK_VERSION")) {
                values.add(constant.toString());
            }
        }
        return values;
    }

    private static Method getter(Class<?> type, String memberName) {
        String name = Character.toLowerCase(memberName.charAt(0)) + memberName.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getName().equalsIgnoreCase(name)) {
                return method;
            }
        }
        return null;
    }

    private static Class<?> lastTypeArgument(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type[] args = parameterized.getActualTypeArguments();
            Type last = args[args.length - 1];
            if (last instanceof Class<?> c) {
                return c;
            }
        }
        return null;
    }
}
