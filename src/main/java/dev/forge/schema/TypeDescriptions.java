package dev.forge.schema;

import dev.forge.model.Cpu;
import dev.forge.model.Duration;
import dev.forge.model.Introspection;
import dev.forge.model.Kind;
import dev.forge.model.Access;
import dev.forge.model.Ref;
import dev.forge.model.Size;
import dev.forge.model.SpecEnum;
import dev.forge.model.Use;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Patterns and human names of the spec's scalar types, shared by the JSON Schema and docs/spec.md. */
final class TypeDescriptions {

    static final String DURATION = "^\\d{1,9}(ms|s|m|h|d)$";
    static final String SIZE = "^\\d{1,9}(Ki|Mi|Gi|Ti)?$";
    static final String CPU = "^(\\d{1,3}(\\.\\d{1,3})?|\\d{1,6}m)$";
    static final String NAME = "[a-z](?:[a-z0-9]|-(?=[a-z0-9])){0,39}";

    private TypeDescriptions() {
    }

    static String kinds() {
        return Arrays.stream(Kind.values()).map(Kind::spelling).collect(Collectors.joining("|"));
    }

    static String refPattern() {
        return "^(" + kinds() + "):" + NAME + "$";
    }

    static String usePattern() {
        String accesses = Arrays.stream(Access.values()).map(Access::spelling).collect(Collectors.joining("|"));
        return "^(" + kinds() + "):" + NAME + "(\\s*\\(\\s*(" + accesses + ")\\s*\\))?(\\s+as\\s+[A-Za-z_][A-Za-z0-9_]*)?$";
    }

    /** How a type reads in docs: "duration", "list of use", "map of name to function" ... */
    static String human(Type type) {
        Class<?> raw = Introspection.raw(type);
        if (List.class.isAssignableFrom(raw)) {
            return "list of " + human(Introspection.typeArgument(type, 0));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "map of name to " + human(Introspection.typeArgument(type, 1));
        }
        if (raw == String.class) {
            return "text";
        }
        if (raw == Integer.class) {
            return "integer";
        }
        if (raw == Boolean.class) {
            return "boolean";
        }
        if (raw == Duration.class) {
            return "duration";
        }
        if (raw == Size.class) {
            return "size";
        }
        if (raw == Cpu.class) {
            return "cpu";
        }
        if (raw == Ref.class) {
            return "reference";
        }
        if (raw == Use.class) {
            return "use";
        }
        if (raw.isEnum()) {
            return Arrays.stream(raw.getEnumConstants()).map(c -> "`" + ((SpecEnum) c).spelling() + "`")
                    .collect(Collectors.joining(" \\| "));
        }
        if (Introspection.isSpecRecord(raw)) {
            return "[" + title(raw) + "](#" + anchor(raw) + ")";
        }
        return raw.getSimpleName();
    }

    static String title(Class<?> record) {
        return record.getSimpleName().replaceAll("Spec$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    static String anchor(Class<?> record) {
        return title(record).replace(' ', '-');
    }
}
