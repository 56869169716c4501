package dev.forge.bind;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostics;
import dev.forge.diag.Location;
import dev.forge.model.BadValueException;
import dev.forge.model.Cpu;
import dev.forge.model.Duration;
import dev.forge.model.Introspection;
import dev.forge.model.Introspection.Field;
import dev.forge.model.Ref;
import dev.forge.model.SecretSpec;
import dev.forge.model.Size;
import dev.forge.model.Spec;
import dev.forge.model.SpecEnum;
import dev.forge.model.Use;
import dev.forge.spec.ListNode;
import dev.forge.spec.MapNode;
import dev.forge.spec.Node;
import dev.forge.spec.ScalarNode;
import dev.forge.util.Suggest;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Phase 2, bind: the located tree to the typed model. Every unknown key, wrong type and bad value is an
 * error with its location, code and fix; all of them are reported together. Defaults are not applied here
 * (that is resolve's job), so the bound spec is exactly what was written.
 */
public final class Binder {

    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("-?\\d{1,9}");

    /** Keys that would hold a secret's value, refused with FORGE-E117 rather than "unknown key". */
    private static final Set<String> SECRET_VALUE_KEYS = Set.of("value", "default", "secret", "password", "text", "data");

    private final SourceMap sources;
    private final Diagnostics diags;
    /** {@code forge:} names another version: FORGE-E114 says so, so the value is not also checked as a number. */
    private boolean versionRejected;

    private Binder(SourceMap sources, Diagnostics diags) {
        this.sources = sources;
        this.diags = diags;
    }

    /** Binds a whole spec. Throws {@link dev.forge.diag.SpecException} with every error found. */
    public static Bound bind(MapNode root) {
        String file = root.location().file();
        Diagnostics diags = new Diagnostics();
        Binder b = new Binder(new SourceMap(file), diags);
        b.versionRejected = b.checkVersion(root);
        Spec spec = (Spec) b.record(root, Spec.class, "", false, false);
        diags.throwIfErrors();
        return new Bound(spec, b.sources);
    }

    /**
     * Binds what binds: the model with each field that has an error left unset, and every error. Used to report
     * reference errors in the same run as field errors (a partial model is never resolved further).
     */
    public record Partial(Bound bound, List<dev.forge.diag.Diagnostic> errors) {
    }

    /** As {@link #bind}, returning the partial model and the errors instead of throwing. */
    public static Partial bindPartial(MapNode root) {
        String file = root.location().file();
        Diagnostics diags = new Diagnostics();
        Binder b = new Binder(new SourceMap(file), diags);
        b.versionRejected = b.checkVersion(root);
        Spec spec = (Spec) b.record(root, Spec.class, "", false, false);
        return new Partial(new Bound(spec, b.sources), diags.sorted());
    }

    /**
     * Binds one scalar written as text (a {@link dev.forge.model.Default}) to a field's type. Used by
     * resolve to apply defaults through the same parser as the spec itself.
     */
    public static Object bindDefault(Field field, String text) {
        Diagnostics diags = new Diagnostics();
        Binder b = new Binder(new SourceMap("<default>"), diags);
        Location where = Location.file("@Default of " + field.owner().getSimpleName() + "." + field.javaName());
        Node node;
        if (text.equals("{}")) {
            node = new MapNode(List.of(), where);
        } else if (text.startsWith("[") && text.endsWith("]")) {
            String inner = text.substring(1, text.length() - 1).trim();
            List<Node> items = inner.isEmpty() ? List.of()
                    : Arrays.stream(inner.split(",")).map(s -> (Node) new ScalarNode(s.trim(), true, where)).toList();
            node = new ListNode(items, where);
        } else {
            node = new ScalarNode(text, true, where);
        }
        Object value = b.value(node, field.type(), field, field.key(), false);
        if (diags.hasErrors()) {
            throw new IllegalStateException("bad @Default: " + diags.sorted().get(0).render());
        }
        return value;
    }

    /** True when {@code forge:} names a version other than 1 (reported here, once, as FORGE-E114). */
    private boolean checkVersion(MapNode root) {
        var v = root.get("forge");
        if (v.isPresent() && v.get() instanceof ScalarNode s && !s.isNull() && !s.text().equals("1")) {
            diags.error(s.location(), Code.E114, "spec format version " + shown(s, "forge") + " is not supported; this"
                    + " Forge reads version 1", Code.E114.fix());
            return true;
        }
        return false;
    }

    Object record(Node node, Class<?> type, String path, boolean partial, boolean inOverlay) {
        List<Field> fields = Introspection.fields(type);
        Object[] values = new Object[fields.size()];
        if (node instanceof ScalarNode s && !s.isNull()) {
            var shorthand = Introspection.shorthand(type);
            if (shorthand.isEmpty()) {
                diags.error(s.location(), Code.E102, prefix(path) + "expected a mapping, got " + shown(s, path),
                        "Write the keys of " + describeType(type) + " under it (see docs/spec.md).");
                return null;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).javaName().equals(shorthand.get())) {
                    Field f = fields.get(i);
                    String childPath = SourceMap.child(path, f.key());
                    sources.put(childPath, s.location());
                    values[i] = value(s, f.type(), f, childPath, partial);
                }
            }
            return Introspection.construct(type, values);
        }
        if (node instanceof ListNode l) {
            diags.error(l.location(), Code.E102, prefix(path) + "expected a mapping, got a list",
                    "Write `key: value` lines instead of `- item` lines here.");
            return null;
        }
        MapNode map = node instanceof MapNode m ? m : new MapNode(List.of(), node.location());
        List<String> keys = fields.stream().map(Field::key).toList();
        Set<String> misspelt = new java.util.HashSet<>();
        for (MapNode.Entry e : map.entries()) {
            String key = e.name();
            int index = keys.indexOf(key);
            String childPath = SourceMap.child(path, key);
            if (index < 0) {
                if (type == SecretSpec.class && SECRET_VALUE_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                    diags.error(e.key().location(), Code.E117, prefix(path) + "a secret's value ('" + key
                            + "') must not be written in the spec", Code.E117.fix());
                } else {
                    Suggest.nearest(key, keys).ifPresent(misspelt::add);
                    diags.error(e.key().location(), Code.E101, prefix(path) + "unknown key " + shownKey(key, path)
                            + Suggest.didYouMean(key, keys), "Valid keys here: " + visibleKeys(fields, inOverlay) + ".");
                }
                continue;
            }
            Field f = fields.get(index);
            if (versionRejected && type == Spec.class && key.equals("forge")) {
                values[index] = 1;
                continue;
            }
            sources.put(childPath, e.value() instanceof ScalarNode s && !s.isNull() ? s.location() : e.key().location());
            if (f.isOverlay()) {
                if (inOverlay) {
                    diags.error(e.key().location(), Code.E101, prefix(path) + "'environments' cannot be nested in an"
                            + " environment override", "Move these overrides up to the resource's own `environments:`.");
                    continue;
                }
                values[index] = overlays(e.value(), type, f, childPath);
                continue;
            }
            values[index] = value(e.value(), f.type(), f, childPath, partial);
        }
        if (!partial) {
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                if (!f.required() || values[i] != null) {
                    continue;
                }
                var present = map.get(f.key());
                if (present.isEmpty() && misspelt.contains(f.key())) {
                    continue; // the unknown key's "did you mean" already points here; "missing" would be noise
                }
                if (present.isEmpty()) {
                    diags.error(map.location(), Code.E103, prefix(path) + "missing required key '" + f.key() + "'",
                            "Add `" + f.key() + ":` (" + firstSentence(f.doc()) + ").");
                } else if (present.get() instanceof ScalarNode s && s.isNull()) {
                    diags.error(s.location(), Code.E103, prefix(path) + "required key '" + f.key() + "' has no value",
                            "Give `" + f.key() + ":` a value (" + firstSentence(f.doc()) + ").");
                }
            }
        }
        return Introspection.construct(type, values);
    }

    private Map<String, Object> overlays(Node node, Class<?> owner, Field f, String path) {
        if (node instanceof ScalarNode s && s.isNull()) {
            return null;
        }
        if (!(node instanceof MapNode map)) {
            diags.error(node.location(), Code.E102, prefix(path) + "expected a mapping of environment names to"
                    + " overrides, got " + shown(node, path), "Write e.g. `environments: { prod: { memory: 1024 } }`.");
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (MapNode.Entry e : map.entries()) {
            String childPath = SourceMap.child(path, e.name());
            sources.put(childPath, e.key().location());
            checkKey(e.key(), f, path);
            out.put(e.name(), record(e.value(), owner, childPath, true, true));
        }
        return out;
    }

    Object value(Node node, Type type, Field field, String path, boolean partial) {
        if (node instanceof ScalarNode s && s.isNull()) {
            return null;
        }
        Class<?> raw = Introspection.raw(type);
        if (List.class.isAssignableFrom(raw)) {
            return list(node, Introspection.typeArgument(type, 0), field, path, partial);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return map(node, Introspection.typeArgument(type, 1), field, path, partial);
        }
        if (Introspection.isSpecRecord(raw)) {
            return record(node, raw, path, partial, partial);
        }
        if (!(node instanceof ScalarNode s)) {
            diags.error(node.location(), Code.E102, prefix(path) + "expected " + describeType(raw) + ", got "
                    + shown(node, path), "Write a single value, e.g. `" + field.key() + ": " + field.example().orElse(exampleOf(raw)) + "`.");
            return null;
        }
        return scalar(s, raw, field, path);
    }

    private List<Object> list(Node node, Type element, Field field, String path, boolean partial) {
        Class<?> raw = Introspection.raw(element);
        List<Node> items;
        if (node instanceof ListNode l) {
            items = l.items();
        } else if (node instanceof ScalarNode s && Introspection.isScalar(raw)) {
            items = List.of(s);
        } else {
            diags.error(node.location(), Code.E102, prefix(path) + "expected a list, got " + shown(node, path),
                    "Write the items as `- item` lines or `[a, b]`.");
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemPath = SourceMap.item(path, i);
            sources.put(itemPath, item.location());
            if (item instanceof ScalarNode s && s.isNull()) {
                diags.error(item.location(), Code.E102, prefix(itemPath) + "empty list item", "Delete the empty `-` line.");
                continue;
            }
            Object v = value(item, element, field, itemPath, partial);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private Map<String, Object> map(Node node, Type valueType, Field field, String path, boolean partial) {
        if (!(node instanceof MapNode m)) {
            diags.error(node.location(), Code.E102, prefix(path) + "expected a mapping, got " + shown(node, path),
                    "Write `name: value` lines here.");
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (MapNode.Entry e : m.entries()) {
            String childPath = SourceMap.child(path, e.name());
            sources.put(childPath, e.value() instanceof ScalarNode s && !s.isNull() ? s.location() : e.key().location());
            checkKey(e.key(), field, path);
            if (Introspection.raw(valueType) == String.class && e.value() instanceof ScalarNode s && s.isNull()) {
                out.put(e.name(), "");
                continue;
            }
            if (Introspection.isSpecRecord(Introspection.raw(valueType)) && e.value() instanceof ScalarNode s && s.isNull()) {
                // `api:` with nothing under it declares api with no fields set, as `api: {}` does; dropping it
                // would turn every reference to it into a misleading "unknown" error
                out.put(e.name(), record(s, Introspection.raw(valueType), childPath, partial, partial));
                continue;
            }
            Object v = value(e.value(), valueType, field, childPath, partial);
            if (v != null) {
                out.put(e.name(), v);
            }
        }
        return out;
    }

    private void checkKey(ScalarNode key, Field field, String path) {
        if (!field.matchesKeyFormat(key.text())) {
            diags.error(key.location(), Code.E110, prefix(path) + keyKind(field) + " '" + dev.forge.util.Shown.value(key.text()) + "'",
                    "Use " + field.keyFormat().orElseThrow().hint() + ".");
        }
    }

    /** What the keys of a map field are, for messages: "bad route 'get /x'" reads better than "bad name". */
    private static String keyKind(Field field) {
        return switch (field.key()) {
            case "routes" -> "bad route";
            case "env", "args" -> "bad variable name";
            case "tags" -> "bad tag key";
            case "attributes" -> "bad attribute name";
            default -> "bad name";
        };
    }

    private Object scalar(ScalarNode s, Class<?> raw, Field f, String path) {
        String text = s.text();
        try {
            if (raw == String.class) {
                if (!f.matchesFormat(text)) {
                    String hint = f.format().orElseThrow().hint();
                    diags.error(s.location(), Code.E110, prefix(path) + shown(s, path) + " is not " + hint,
                            "Write " + hint + ".");
                    return null;
                }
                return text;
            }
            if (raw == Integer.class) {
                if (!s.plain() || !WHOLE_NUMBER.matcher(text).matches()) {
                    diags.error(s.location(), Code.E102, prefix(path) + "expected a whole number, got " + shown(s, path),
                            s.plain() ? "Write digits only, e.g. `" + f.key() + ": " + f.example()
                                    .or(() -> f.defaultValue().map(d -> d.value())).orElse("2") + "`."
                                    : "Remove the quotes around the number.");
                    return null;
                }
                int n = Integer.parseInt(text);
                return inRange(s, f, path, n, String.valueOf(n)) ? n : null;
            }
            if (raw == Boolean.class) {
                String lower = text.toLowerCase(Locale.ROOT);
                if (!s.plain() || !(lower.equals("true") || lower.equals("false"))) {
                    diags.error(s.location(), Code.E102, prefix(path) + "expected true or false, got " + shown(s, path),
                            s.plain() ? "Write `true` or `false`." : "Remove the quotes: `" + f.key() + ": " + lower + "`.");
                    return null;
                }
                return Boolean.valueOf(lower);
            }
            if (raw.isEnum()) {
                for (Object c : raw.getEnumConstants()) {
                    if (((SpecEnum) c).spelling().equals(text)) {
                        return c;
                    }
                }
                List<String> allowed = Arrays.stream(raw.getEnumConstants()).map(c -> ((SpecEnum) c).spelling()).toList();
                diags.error(s.location(), Code.E105, prefix(path) + shown(s, path) + " is not allowed"
                        + Suggest.didYouMean(text, allowed), "Use one of: " + String.join(", ", allowed) + ".");
                return null;
            }
            if (raw == Duration.class) {
                Duration d = Duration.parse(text);
                return inRange(s, f, path, d, d.text()) ? d : null;
            }
            if (raw == Size.class) {
                Size z = Size.parse(text);
                return inRange(s, f, path, z, z.text()) ? z : null;
            }
            if (raw == Cpu.class) {
                Cpu c = Cpu.parse(text);
                return inRange(s, f, path, c, text) ? c : null;
            }
            if (raw == Ref.class) {
                return Ref.parse(text);
            }
            if (raw == Use.class) {
                return Use.parse(text);
            }
        } catch (Use.BadAccessException e) {
            diags.error(s.location(), Code.E113, prefix(path) + e.getMessage(), Code.E113.fix());
            return null;
        } catch (BadValueException e) {
            Code code = raw == Duration.class ? Code.E106 : raw == Size.class ? Code.E107 : raw == Cpu.class ? Code.E108 : Code.E111;
            diags.error(s.location(), code, prefix(path) + e.getMessage(), e.fix());
            return null;
        }
        throw new IllegalStateException("no scalar binding for " + raw);
    }

    private boolean inRange(ScalarNode s, Field f, String path, Object value, String shown) {
        if (!f.inRange(value)) {
            diags.error(s.location(), Code.E109, prefix(path) + "'" + shown + "' is out of range (" + f.rangeText() + ")",
                    "Use a value from " + f.rangeText() + ".");
            return false;
        }
        if (f.exact(value)) {
            return true;
        }
        diags.error(s.location(), Code.E106, prefix(path) + "'" + shown + "' is not a whole number of seconds,"
                + " which this field counts in", "Round it to whole seconds, e.g. '" + Math.max(1,
                Math.round(((Duration) value).millis() / 1000.0)) + "s'.");
        return false;
    }

    /**
     * A value as a message quotes it: cut and escaped ({@link Node#describe}), and masked when it may be a secret
     * (anything under {@code secrets:}, a credential-shaped value, the value of a secret-named key), so a pasted
     * key never reaches a terminal or a log: {@code 'sk_l… (32 chars)'}.
     */
    static String shown(Node node, String path) {
        if (!(node instanceof ScalarNode s) || s.isNull()) {
            return node.describe();
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        String last = cut < 0 ? path : path.substring(cut + 1).replaceAll("[\\[\\]\"]", "");
        boolean secret = path.equals("secrets") || path.startsWith("secrets.") || path.startsWith("secrets[")
                || SecretScanner.isKnownCredential(s.text()) || SecretScanner.isSecretName(last.replace('-', '_'));
        return secret ? "'" + dev.forge.util.Shown.secret(s.text()) + "'" : s.describe();
    }

    /** A key as a message quotes it: masked when it looks like a pasted credential rather than a name. */
    static String shownKey(String key, String path) {
        boolean underSecrets = path.equals("secrets") || path.startsWith("secrets.") || path.startsWith("secrets[");
        boolean secret = SecretScanner.isKnownCredential(key) || underSecrets && SecretScanner.looksLikeValue(key);
        return "'" + (secret ? dev.forge.util.Shown.secret(key) : dev.forge.util.Shown.value(key)) + "'";
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    private static String visibleKeys(List<Field> fields, boolean inOverlay) {
        return fields.stream().filter(f -> !(inOverlay && f.isOverlay())).map(Field::key).collect(Collectors.joining(", "));
    }

    private static String firstSentence(String doc) {
        int dot = doc.indexOf(". ");
        String s = dot > 0 ? doc.substring(0, dot) : doc;
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String describeType(Class<?> raw) {
        if (raw == Integer.class) {
            return "a whole number";
        }
        if (raw == Boolean.class) {
            return "true or false";
        }
        if (raw == Duration.class) {
            return "a duration such as 30s";
        }
        if (raw == Size.class) {
            return "a size such as 512Mi";
        }
        if (raw == Cpu.class) {
            return "a CPU amount such as 0.5";
        }
        if (raw == Ref.class) {
            return "a reference such as table:messages";
        }
        if (raw == Use.class) {
            return "a use such as table:messages (read)";
        }
        if (raw.isEnum()) {
            return "one of " + Arrays.stream(raw.getEnumConstants()).map(c -> ((SpecEnum) c).spelling()).collect(Collectors.joining(", "));
        }
        if (raw.isRecord()) {
            String simple = raw.getSimpleName().replaceAll("Spec$", "");
            String words = Introspection.kebab(Character.toLowerCase(simple.charAt(0)) + simple.substring(1)).replace('-', ' ');
            return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
        }
        return "text";
    }

    private static String exampleOf(Class<?> raw) {
        if (raw == Integer.class) {
            return "1";
        }
        if (raw == Boolean.class) {
            return "true";
        }
        if (raw == Duration.class) {
            return "30s";
        }
        if (raw == Size.class) {
            return "512Mi";
        }
        return "value";
    }
}
