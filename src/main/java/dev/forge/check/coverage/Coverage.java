package dev.forge.check.coverage;

import dev.forge.diag.Location;
import dev.forge.model.FieldPaths;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Rendering;
import dev.forge.synth.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Declared ⇒ rendered, or said out loud: what a spec declares against what the selected targets render
 * ({@link Target#renders()}). Only targets that deploy count; the {@code model} target's JSON names every field
 * but deploys none. Synth lists {@link #unrendered()} (FORGE-W401), and the checker turns a rule's pass into
 * "not applicable" when {@link #whyNot} says its subject is in no output.
 */
public final class Coverage {

    /** A field written in the spec that no selected target renders. */
    public record Unrendered(String path, String field, String section, String resource, Location location) {
    }

    private final ResolvedSpec spec;
    private final List<ResolvedEnv> envs;
    private final List<Target> deploying;

    private Coverage(ResolvedSpec spec, List<ResolvedEnv> envs, List<Target> deploying) {
        this.spec = spec;
        this.envs = List.copyOf(envs);
        this.deploying = List.copyOf(deploying);
    }

    /** The coverage of {@code spec} by the {@code selected} targets over the environments {@code envs}. */
    public static Coverage of(ResolvedSpec spec, List<ResolvedEnv> envs, List<Target> selected) {
        return new Coverage(spec, envs, selected.stream().filter(t -> t.renders().deploys()).toList());
    }

    /** The names of the selected targets that deploy (those whose rendering counts). */
    public List<String> targets() {
        return deploying.stream().map(Target::name).toList();
    }

    /**
     * Fields that configure Forge itself and reach no infrastructure by design, so never listed: the format
     * version, the rule packs, and the reason an API is public (read by FORGE-API-001).
     */
    public static final Set<String> FORGE_ONLY = Set.of("forge", "policy.packs", "apis.*.auth.reason");

    /** Every field the spec writes (other than to its default) that no selected target renders, by location. */
    public List<Unrendered> unrendered() {
        List<Unrendered> out = new ArrayList<>();
        for (FieldPaths.Written w : FieldPaths.written(spec.written())) {
            if (FieldPaths.isDefault(w) || FORGE_ONLY.contains(w.pattern())) {
                continue;
            }
            if (deploying.stream().noneMatch(t -> renders(t, w))) {
                String section = w.pattern().split("\\.")[0];
                String resource = w.pattern().startsWith(section + ".*") ? resourceName(w.path(), section) : null;
                out.add(new Unrendered(w.path(), w.pattern(), section, resource, spec.sources().at(w.path())));
            }
        }
        for (Kind k : Kind.values()) {
            var section = spec.written().section(k);
            if (section == null) {
                continue;
            }
            for (String name : new TreeSet<>(section.keySet())) {
                String path = FieldPaths.child(k.section(), name);
                boolean listed = out.stream().anyMatch(u -> k.section().equals(u.section()) && name.equals(u.resource()));
                if (!listed && !renderedAtAll(k.section(), name)) {
                    out.add(new Unrendered(path, k.section() + ".*", k.section(), name, spec.sources().at(path)));
                }
            }
        }
        out.sort(Comparator.comparing(Unrendered::location).thenComparing(Unrendered::path));
        return out;
    }

    /** Whether target {@code t} renders the written field {@code w} (in at least one selected environment). */
    public boolean renders(Target t, FieldPaths.Written w) {
        if (!t.renders().deploys() || !t.renders().renders(w.pattern())
                || t.renders().skippedValue(w.pattern(), w.value()).isPresent()) {
            return false;
        }
        String section = w.pattern().split("\\.")[0];
        Optional<Kind> kind = kindOf(section);
        return kind.isEmpty() || skipped(t.renders(), kind.get(), resourceName(w.path(), section),
                w.pattern().substring(section.length() + 3)).isEmpty();
    }

    /** Why no selected target renders one of the spec fields {@code patterns} ({@code ci.approvals}), if none does. */
    public Optional<String> whyNot(List<String> patterns, ResolvedEnv env) {
        for (String p : patterns) {
            if (deploying.stream().noneMatch(t -> t.renders().renders(p))) {
                return Optional.of("'" + p + "' is in no output (" + (deploying.isEmpty() ? "no selected target deploys"
                        : "not rendered by " + String.join(", ", targets())) + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * Why no selected target renders {@code field} (a path under the resource, e.g. {@code waf}; empty for the
     * resource as a whole) of {@code ref} in {@code env}; empty when one does.
     */
    public Optional<String> whyNot(Ref ref, String field, ResolvedEnv env) {
        return whyNot(ref, field, env, Set.of());
    }

    /**
     * Like {@link #whyNot(Ref, String, ResolvedEnv)}, counting only the selected targets named in {@code only} (all
     * of them when empty): a rule that reads one target's files (Terraform's) says "not applicable" when only another
     * target (compose's local stand-in) renders the resource.
     */
    public Optional<String> whyNot(Ref ref, String field, ResolvedEnv env, Set<String> only) {
        List<Target> deploying = only.isEmpty() ? this.deploying
                : this.deploying.stream().filter(t -> only.contains(t.name())).toList();
        if (deploying.isEmpty()) {
            return Optional.of(ref.kind().spelling() + " '" + ref.name() + "' is in no output: no selected target "
                    + (only.isEmpty() ? "deploys it" : "of those whose files the rule reads (" + String.join(", ",
                    new java.util.TreeSet<>(only)) + ") renders it"));
        }
        String pattern = ref.kind().section() + ".*" + (field.isEmpty() ? "" : "." + field);
        List<String> why = new ArrayList<>();
        for (Target t : deploying) {
            Rendering r = t.renders();
            Optional<String> skip = r.skipped(ref.kind(), "", env.spec().section(ref.kind()).get(ref.name()))
                    .or(() -> r.skipped(ref.kind(), field, env.spec().section(ref.kind()).get(ref.name())));
            if (skip.isPresent()) {
                why.add(t.name() + " leaves it out: " + skip.get());
            } else if (field.isEmpty() ? !r.rendersAny(ref.kind().section()) : !r.renders(pattern)) {
                why.add(t.name() + " does not render " + pattern);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of((field.isEmpty() ? "" : "'" + field + "' of ") + ref.kind().spelling() + " '" + ref.name()
                + "' is in no output (" + String.join("; ", why) + ")");
    }

    /** Where {@code path} is written in the spec. */
    public Location location(String path) {
        return spec.sources().at(path);
    }

    /** Whether some selected target renders anything of the resource {@code name} in {@code section}. */
    public boolean renderedAtAll(String section, String name) {
        Optional<Kind> kind = kindOf(section);
        return deploying.stream().anyMatch(t -> t.renders().rendersAny(section)
                && (kind.isEmpty() || skipped(t.renders(), kind.get(), name, "").isEmpty()));
    }

    /**
     * Why target rendering {@code r} leaves out {@code field} (or, for "", the whole resource) of resource
     * {@code name} in every selected environment; empty when it renders it in one of them.
     */
    public Optional<String> skipped(Rendering r, Kind kind, String name, String field) {
        return skip(r, kind, name, field).map(Rendering.Skip::why);
    }

    /** Whether {@code t} renders part of the written field {@code w}, though not all of it (e.g. the first origin). */
    public boolean rendersPart(Target t, FieldPaths.Written w) {
        String section = w.pattern().split("\\.")[0];
        return t.renders().renders(w.pattern()) && kindOf(section).flatMap(k -> skip(t.renders(), k,
                resourceName(w.path(), section), w.pattern().substring(section.length() + 3))).map(Rendering.Skip::partial)
                .orElse(false);
    }

    private Optional<Rendering.Skip> skip(Rendering r, Kind kind, String name, String field) {
        Optional<Rendering.Skip> first = Optional.empty();
        for (ResolvedEnv e : envs) {
            Object resolved = e.spec().section(kind).get(name);
            Optional<Rendering.Skip> s = r.skip(kind, "", resolved).or(() -> field.isEmpty() ? Optional.empty()
                    : r.skip(kind, field, resolved));
            if (s.isEmpty()) {
                return s;
            }
            first = first.isPresent() ? first : s;
        }
        return first;
    }

    static Optional<Kind> kindOf(String section) {
        for (Kind k : Kind.values()) {
            if (k.section().equals(section)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** {@code apis.public.waf} under {@code apis} is {@code public}. */
    private static String resourceName(String path, String section) {
        String rest = path.substring(section.length() + 1);
        int end = rest.indexOf('.');
        int bracket = rest.indexOf('[');
        if (bracket >= 0 && (end < 0 || bracket < end)) {
            end = bracket;
        }
        return end < 0 ? rest : rest.substring(0, end);
    }
}
