package dev.forge.synth;

import dev.forge.model.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What a target renders of a spec: the field paths ({@link dev.forge.model.FieldPaths}, e.g.
 * {@code functions.*.memory}; a path ending in {@code .**} covers everything under it) whose values reach its
 * files, and the resources (or some of their fields) it leaves out under a condition, e.g. load-balancer APIs,
 * or the scopes of REST APIs. Anything a spec declares that no selected target renders is listed by synth
 * (FORGE-W401), and a rule about such a field is not applicable rather than passed. The field-coverage test
 * proves each declaration against the target's output.
 *
 * @param deploys whether the files are infrastructure; a dump of the model ({@code model}) holds every field as
 *                data but deploys none of them, so it never counts as rendering anything
 * @param fields the rendered field paths
 * @param skips what is left out under a condition
 */
public record Rendering(boolean deploys, Set<String> fields, List<Skip> skips, List<ValueSkip> valueSkips) {

    /**
     * Fields of a resource of {@code kind} left out when {@code applies} holds for the resource's resolved spec.
     *
     * @param fields paths under the resource ({@code auth.scopes}); empty for the whole resource
     * @param partial whether part of the value is still rendered (e.g. the first of several origins)
     */
    public record Skip(Kind kind, Set<String> fields, String why, boolean partial, Predicate<Object> applies) {
    }

    /** Values of one field path left out when {@code applies} holds for the value (e.g. routes to services). */
    public record ValueSkip(String field, String why, Predicate<Object> applies) {
    }

    public Rendering {
        fields = Set.copyOf(new TreeSet<>(fields));
        skips = List.copyOf(skips);
        valueSkips = List.copyOf(valueSkips);
    }

    public Rendering(boolean deploys, Set<String> fields, List<Skip> skips) {
        this(deploys, fields, skips, List.of());
    }

    /** This rendering, also leaving out the values of the field path {@code field} for which {@code applies} holds. */
    @SuppressWarnings("unchecked")
    public <V> Rendering skippingValues(String field, Class<V> type, String why, Predicate<V> applies) {
        List<ValueSkip> s = new ArrayList<>(valueSkips);
        s.add(new ValueSkip(field, why, o -> type.isInstance(o) && applies.test((V) o)));
        return new Rendering(deploys, fields, skips, s);
    }

    /** Why the value {@code value} of the field path {@code field} is left out, if it is. */
    public Optional<String> skippedValue(String field, Object value) {
        return valueSkips.stream().filter(s -> s.field().equals(field) && s.applies().test(value))
                .map(ValueSkip::why).findFirst();
    }

    /** Infrastructure that renders exactly these field paths. */
    public static Rendering of(String... fields) {
        return new Rendering(true, Set.of(fields), List.of());
    }

    /** A dump of the resolved model: every field as data, no infrastructure. */
    public static Rendering dataOnly() {
        return new Rendering(false, Set.of("**"), List.of());
    }

    /** This rendering, also leaving out the whole resources of {@code kind} for which {@code applies} holds. */
    public <T extends Record> Rendering skipping(Kind kind, Class<T> type, String why, Predicate<T> applies) {
        return skipping(kind, type, Set.of(), why, applies);
    }

    /** This rendering, also leaving out {@code fields} of the resources of {@code kind} for which {@code applies} holds. */
    public <T extends Record> Rendering skipping(Kind kind, Class<T> type, Set<String> fields, String why,
                                                 Predicate<T> applies) {
        return skip(kind, type, fields, why, false, applies);
    }

    /** Like {@link #skipping(Kind, Class, Set, String, Predicate)}, for fields of which only a part is rendered. */
    public <T extends Record> Rendering skippingPart(Kind kind, Class<T> type, Set<String> fields, String why,
                                                     Predicate<T> applies) {
        return skip(kind, type, fields, why, true, applies);
    }

    @SuppressWarnings("unchecked")
    private <T extends Record> Rendering skip(Kind kind, Class<T> type, Set<String> fields, String why, boolean partial,
                                              Predicate<T> applies) {
        List<Skip> s = new ArrayList<>(skips);
        s.add(new Skip(kind, Set.copyOf(fields), why, partial, o -> type.isInstance(o) && applies.test((T) o)));
        return new Rendering(deploys, this.fields, s, valueSkips);
    }

    /** Whether the field path {@code pattern} (from {@link dev.forge.model.FieldPaths}) is rendered at all. */
    public boolean renders(String pattern) {
        for (String f : fields) {
            if (f.equals(pattern) || f.equals("**")
                    || f.endsWith(".**") && pattern.startsWith(f.substring(0, f.length() - 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether any field of the resources in {@code section} (e.g. {@code services}) is rendered. */
    public boolean rendersAny(String section) {
        String prefix = section + ".*";
        return fields.stream().anyMatch(f -> f.equals("**") || f.startsWith(prefix));
    }

    /**
     * Why {@code field} (a path under the resource; empty for the resource itself) of a resource of {@code kind}
     * whose resolved spec is {@code resolved} is left out, if it is.
     */
    public Optional<String> skipped(Kind kind, String field, Object resolved) {
        return skip(kind, field, resolved).map(Skip::why);
    }

    /** The skip that leaves out {@code field} (or, for "", the whole resource), if one does. */
    public Optional<Skip> skip(Kind kind, String field, Object resolved) {
        return skips.stream().filter(s -> s.kind() == kind && (s.fields().isEmpty() || s.fields().contains(field)) && s.applies().test(resolved)).findFirst();
    }
}
