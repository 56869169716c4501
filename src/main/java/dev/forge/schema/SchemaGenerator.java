package dev.forge.schema;

import dev.forge.model.Cpu;
import dev.forge.model.Default;
import dev.forge.model.Duration;
import dev.forge.model.Introspection;
import dev.forge.model.Introspection.Field;
import dev.forge.model.Ref;
import dev.forge.model.Size;
import dev.forge.model.Spec;
import dev.forge.model.SpecEnum;
import dev.forge.model.Use;
import dev.forge.util.Json;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spec's JSON Schema (draft 2020-12), generated from the model records. Editors use it to complete and
 * check forge.yaml; Forge's own binder remains the authority (it also checks references and combinations).
 */
public final class SchemaGenerator {

    public static final String ID = "https://forge.invalid/schema/forge-1.schema.json";

    private final Map<String, Object> defs = new TreeMap<>();

    private SchemaGenerator() {
    }

    public static String generate() {
        SchemaGenerator g = new SchemaGenerator();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Forge spec, format version 1");
        root.put("description", Introspection.doc(Spec.class));
        root.put("$ref", g.ref(Spec.class, false).get("$ref"));
        root.put("$defs", g.defs);
        return Json.write(root);
    }

    private Map<String, Object> ref(Class<?> record, boolean override) {
        String name = record.getSimpleName() + (override ? "Override" : "");
        if (!defs.containsKey(name)) {
            defs.put(name, Map.of());
            defs.put(name, recordSchema(record, override));
        }
        return Map.of("$ref", "#/$defs/" + name);
    }

    private Object recordSchema(Class<?> record, boolean override) {
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("type", "object");
        obj.put("description", Introspection.doc(record));
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Field f : Introspection.fields(record)) {
            if (f.isOverlay()) {
                if (!override) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", "object");
                    m.put("description", f.doc());
                    m.put("propertyNames", Map.of("pattern", f.keyFormat().orElseThrow().regex()));
                    m.put("additionalProperties", ref(record, true));
                    props.put(f.key(), m);
                }
                continue;
            }
            props.put(f.key(), field(f, override));
            if (f.required() && !override) {
                required.add(f.key());
            }
        }
        obj.put("properties", props);
        if (!required.isEmpty()) {
            obj.put("required", required);
        }
        obj.put("additionalProperties", false);
        var shorthand = Introspection.shorthand(record);
        if (shorthand.isPresent()) {
            Field f = Introspection.field(record, Introspection.kebab(shorthand.get())).orElseThrow();
            return Map.of("description", Introspection.doc(record), "anyOf", List.of(typeSchema(f.type(), f), obj));
        }
        return obj;
    }

    private Map<String, Object> field(Field f, boolean override) {
        Map<String, Object> s = new LinkedHashMap<>(typeSchema(f.type(), f, override));
        s.put("description", f.doc());
        f.defaultValue().map(Default::value).ifPresent(d -> jsonDefault(f, d).ifPresent(v -> s.put("default", v)));
        return s;
    }

    private static java.util.Optional<Object> jsonDefault(Field f, String d) {
        Class<?> raw = f.rawType();
        if (raw == Integer.class) {
            return java.util.Optional.of(Long.parseLong(d));
        }
        if (raw == Boolean.class) {
            return java.util.Optional.of(Boolean.parseBoolean(d));
        }
        if (d.startsWith("{") || d.startsWith("[")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(d);
    }

    private Map<String, Object> typeSchema(Type type, Field f) {
        return typeSchema(type, f, false);
    }

    private Map<String, Object> typeSchema(Type type, Field f, boolean override) {
        Class<?> raw = Introspection.raw(type);
        Map<String, Object> s = new LinkedHashMap<>();
        if (List.class.isAssignableFrom(raw)) {
            Type element = Introspection.typeArgument(type, 0);
            Map<String, Object> items = typeSchema(element, f, override);
            Map<String, Object> array = new LinkedHashMap<>();
            array.put("type", "array");
            array.put("items", items);
            if (Introspection.isScalar(Introspection.raw(element))) {
                s.put("anyOf", List.of(items, array));
                return s;
            }
            return array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            s.put("type", "object");
            f.keyFormat().ifPresent(k -> s.put("propertyNames", Map.of("pattern", k.regex())));
            Type value = Introspection.typeArgument(type, 1);
            s.put("additionalProperties", Introspection.raw(value) == String.class
                    ? Map.of("type", List.of("string", "number", "boolean", "null")) : typeSchema(value, f, override));
            return s;
        }
        if (Introspection.isSpecRecord(raw)) {
            return ref(raw, override);
        }
        if (raw == String.class) {
            s.put("type", "string");
            f.format().ifPresent(fm -> s.put("pattern", fm.regex()));
        } else if (raw == Integer.class) {
            s.put("type", "integer");
            f.range().ifPresent(r -> {
                s.put("minimum", r.min());
                s.put("maximum", r.max());
            });
        } else if (raw == Boolean.class) {
            s.put("type", "boolean");
        } else if (raw.isEnum()) {
            s.put("enum", Arrays.stream(raw.getEnumConstants()).map(c -> ((SpecEnum) c).spelling()).toList());
        } else if (raw == Duration.class) {
            s.put("type", "string");
            s.put("pattern", TypeDescriptions.DURATION);
        } else if (raw == Size.class) {
            s.put("type", List.of("string", "integer"));
            s.put("pattern", TypeDescriptions.SIZE);
        } else if (raw == Cpu.class) {
            s.put("type", List.of("string", "number"));
            s.put("pattern", TypeDescriptions.CPU);
        } else if (raw == Ref.class) {
            s.put("type", "string");
            s.put("pattern", TypeDescriptions.refPattern());
        } else if (raw == Use.class) {
            s.put("type", "string");
            s.put("pattern", TypeDescriptions.usePattern());
        } else {
            throw new IllegalStateException("no schema for " + raw);
        }
        return s;
    }
}
