package dev.forge.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spec's shape, read from the model records themselves: field names (kebab-case in YAML), types,
 * required-ness, defaults and docs. The binder, the defaults, the JSON Schema, docs/spec.md and the
 * model target's JSON all read this one description, so they cannot disagree.
 */
public final class Introspection {

    /**
     * One field of a spec record, with the annotations every phase asks about read once (an annotation lookup per
     * field of every record of every environment was a visible share of resolving a large spec).
     */
    public record Field(Class<?> owner, RecordComponent component, String key, boolean required,
                        Optional<Default> defaultValue, Optional<Range> range, Optional<Format> format,
                        Optional<KeyFormat> keyFormat) {

        static Field of(Class<?> owner, RecordComponent c, String key) {
            return new Field(owner, c, key, c.isAnnotationPresent(Required.class),
                    Optional.ofNullable(c.getAnnotation(Default.class)), Optional.ofNullable(c.getAnnotation(Range.class)),
                    Optional.ofNullable(c.getAnnotation(Format.class)), Optional.ofNullable(c.getAnnotation(KeyFormat.class)));
        }

        public String javaName() {
            return component.getName();
        }

        public Type type() {
            return component.getGenericType();
        }

        public Class<?> rawType() {
            return component.getType();
        }

        public String doc() {
            Doc d = component.getAnnotation(Doc.class);
            return d == null ? "" : d.value();
        }

        public Optional<String> example() {
            return Optional.ofNullable(component.getAnnotation(Example.class)).map(Example::value);
        }

        /** Whether {@code text} satisfies the field's {@link Format} (true when it has none). */
        public boolean matchesFormat(String text) {
            return format().map(f -> pattern(f.regex()).matcher(text).matches()).orElse(true);
        }

        /** Whether a map key satisfies the field's {@link KeyFormat} (true when it has none). */
        public boolean matchesKeyFormat(String key) {
            return keyFormat().map(f -> pattern(f.regex()).matcher(key).matches()).orElse(true);
        }

        /** The unit the field's {@link Range} counts in: s for durations, Mi for sizes, m for CPU, none for integers. */
        public String rangeUnit() {
            Class<?> raw = rawType();
            return raw == Duration.class ? "s" : raw == Size.class ? "Mi" : raw == Cpu.class ? "m" : "";
        }

        /** Whether {@code value} lies in the field's {@link Range} (true when it has none or is not a measure). */
        public boolean inRange(Object value) {
            Range r = range().orElse(null);
            if (r == null) {
                return true;
            }
            long n;
            if (value instanceof Integer i) {
                n = i;
            } else if (value instanceof Duration d) {
                return d.millis() >= r.min() * 1000 && d.millis() <= r.max() * 1000; // exact: 900999ms is over 900s
            } else if (value instanceof Size z) {
                n = z.mebibytes();
            } else if (value instanceof Cpu c) {
                n = c.millicores();
            } else {
                return true;
            }
            return n >= r.min() && n <= r.max();
        }

        /**
         * Whether {@code value} is exact in the unit the platform counts the field in: a duration of a field counted
         * in whole seconds must be whole seconds ({@code 1500ms} would be truncated to 1s, so it is refused).
         */
        public boolean exact(Object value) {
            return !(value instanceof Duration d) || d.millis() % 1000 == 0
                    || range().map(Range::millis).orElse(false);
        }

        /** The field's range as people read it, e.g. {@code 128Mi to 10240Mi}. */
        public String rangeText() {
            Range r = range().orElseThrow();
            return r.min() + rangeUnit() + " to " + r.max() + rangeUnit();
        }

        /** A per-environment overlay: a map named {@code environments} of the owner's own type. */
        public boolean isOverlay() {
            return component.getName().equals("environments") && Map.class.isAssignableFrom(rawType())
                    && typeArgument(type(), 1) == owner;
        }

        public Object get(Object record) {
            try {
                return component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + owner.getSimpleName() + "." + javaName(), e);
            }
        }
    }

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();
    private static final Map<String, java.util.regex.Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Introspection() {
    }

    private static java.util.regex.Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, java.util.regex.Pattern::compile);
    }

    public static List<Field> fields(Class<?> recordType) {
        return FIELDS.computeIfAbsent(recordType, t -> {
            if (!t.isRecord()) {
                throw new IllegalArgumentException(t + " is not a record");
            }
            List<Field> out = new ArrayList<>();
            for (RecordComponent c : t.getRecordComponents()) {
                out.add(Field.of(t, c, kebab(c.getName())));
            }
            return List.copyOf(out);
        });
    }

    public static Optional<Field> field(Class<?> recordType, String key) {
        return fields(recordType).stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** {@code reservedConcurrency} to {@code reserved-concurrency}. */
    public static String kebab(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('-').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    public static String doc(Class<?> type) {
        Doc d = type.getAnnotation(Doc.class);
        return d == null ? "" : d.value();
    }

    public static Optional<String> shorthand(Class<?> type) {
        return Optional.ofNullable(type.getAnnotation(Shorthand.class)).map(Shorthand::value);
    }

    public static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + t);
    }

    public static Type typeArgument(Type t, int index) {
        if (t instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException(t + " has no type arguments");
    }

    /** Builds a record from its component values, in declaration order. */
    public static <T> T construct(Class<T> type, Object[] values) {
        try {
            @SuppressWarnings("unchecked")
            Constructor<T> ctor = (Constructor<T>) CONSTRUCTORS.computeIfAbsent(type, Introspection::canonical);
            return ctor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    private static Constructor<?> canonical(Class<?> type) {
        RecordComponent[] rc = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + type.getSimpleName() + " has no canonical constructor", e);
        }
    }

    /** A copy of {@code record} with one component replaced. */
    public static <T> T with(T record, String javaName, Object value) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) record.getClass();
        List<Field> fs = fields(type);
        Object[] values = new Object[fs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fs.get(i).javaName().equals(javaName) ? value : fs.get(i).get(record);
        }
        return construct(type, values);
    }

    /** A record of the spec's structure (not a scalar value type such as {@link Duration}). */
    public static boolean isSpecRecord(Class<?> c) {
        return c.isRecord() && !isScalar(c);
    }

    /** True for the types written as one YAML scalar. */
    public static boolean isScalar(Class<?> c) {
        return c == String.class || c == Integer.class || c == Long.class || c == Boolean.class
                || c.isEnum() || c == Duration.class || c == Size.class || c == Cpu.class || c == Ref.class
                || c == Use.class;
    }

    /** How a scalar model value is written in YAML (and in the model target's JSON). */
    public static String spelling(Object value) {
        if (value instanceof SpecEnum e) {
            return e.spelling();
        }
        return String.valueOf(value);
    }
}
