package dev.forge.resolve;

import dev.forge.bind.Bound;
import dev.forge.bind.SourceMap;
import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Diagnostics;
import dev.forge.model.Access;
import dev.forge.model.CiSpec;
import dev.forge.model.EnvironmentSpec;
import dev.forge.model.Introspection;
import dev.forge.model.Kind;
import dev.forge.model.QueueSpec;
import dev.forge.model.Ref;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.model.TriggerSpec;
import dev.forge.model.Use;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Phase 3, resolve: checks references, applies each environment's overrides and the documented defaults,
 * derives names and the access graph. Throws {@link dev.forge.diag.SpecException} with every error found.
 */
public final class Resolver {

    private Resolver() {
    }

    public static ResolvedSpec resolve(Bound bound) {
        return resolve(bound, List.of());
    }

    /**
     * The reference errors (FORGE-E104 and the like) of a model that did not bind completely, so that a user sees
     * them in the same run as the field errors. Only when every declared resource bound (a resource dropped by a
     * field error would turn each reference to it into a misleading "unknown" error), and never a crash: a part
     * of the model that cannot be followed yields no reference error.
     *
     * @param declared the resource names written in the spec, by kind ({@code functions}, {@code tables}...)
     */
    public static List<Diagnostic> referenceErrors(Bound partial, Map<String, Set<String>> declared) {
        Spec spec = partial.spec();
        if (spec == null || spec.environments() == null) {
            return List.of();
        }
        Map<String, Map<String, ?>> bound = new java.util.HashMap<>();
        bound.put("environments", spec.environments());
        bound.put("services", spec.services());
        bound.put("functions", spec.functions());
        bound.put("apis", spec.apis());
        bound.put("tables", spec.tables());
        bound.put("buckets", spec.buckets());
        bound.put("queues", spec.queues());
        bound.put("databases", spec.databases());
        bound.put("caches", spec.caches());
        bound.put("secrets", spec.secrets());
        bound.put("parameters", spec.parameters());
        bound.put("models", spec.models());
        for (Map.Entry<String, Set<String>> e : declared.entrySet()) {
            if (!bound.containsKey(e.getKey())) {
                continue;
            }
            Map<String, ?> m = bound.get(e.getKey());
            if (m == null ? !e.getValue().isEmpty() : !m.keySet().containsAll(e.getValue()) || m.containsValue(null)) {
                return List.of();
            }
        }
        Diagnostics diags = new Diagnostics();
        try {
            new References(spec, partial.sources(), diags).check();
        } catch (RuntimeException e) {
            return List.of();
        }
        return diags.sorted();
    }

    /** As {@link #resolve(Bound)}, also refusing the names {@code targets} cannot carry. */
    public static ResolvedSpec resolve(Bound bound, List<TargetNames> targets) {
        Spec spec = bound.spec();
        SourceMap sources = bound.sources();
        Diagnostics diags = new Diagnostics();
        if (spec.environments() != null && spec.environments().isEmpty()) {
            diags.error(sources.at("environments"), Code.E121, "the spec declares no environments",
                    "Declare at least one, e.g. `environments: { dev: {} }`.");
        }
        checkComputeNames(spec, sources, diags);
        NameClashes clashes = new NameClashes(sources, diags);
        clashes.checkWritten(spec, targets);
        new References(spec, sources, diags).check();
        new SecretLiterals(sources, diags).check(spec);
        diags.throwIfErrors();

        // Environments are independent: resolved on every core, gathered in the spec's order.
        record One(ResolvedEnv env, List<Diagnostic> problems) {
        }
        List<One> each = dev.forge.util.Parallel.map(List.copyOf(spec.environments().entrySet()), e -> {
            Diagnostics envDiags = new Diagnostics();
            Environment env = environment(spec, e.getKey(), e.getValue() == null ? emptyEnv() : e.getValue());
            Spec merged = (Spec) Overlays.apply(spec, env.name());
            Spec resolved = consumersVisibility(derive((Spec) Defaults.apply(merged, env.production()), env), merged);
            new Combinations(sources, envDiags, env).check(resolved);
            Naming naming = new Naming(spec.app(), env.name(), env.account());
            NameLimits.check(resolved, naming, sources, envDiags);
            ResolvedEnv resolvedEnv = new ResolvedEnv(env, resolved, naming, grants(resolved));
            new NameClashes(sources, envDiags).checkVariables(resolvedEnv);
            return new One(resolvedEnv, envDiags.sorted());
        });
        List<ResolvedEnv> envs = new ArrayList<>();
        Set<Diagnostic> seen = new LinkedHashSet<>();
        for (One one : each) {
            seen.addAll(one.problems());
            envs.add(one.env());
        }
        seen.forEach(diags::add);
        diags.throwIfErrors();
        return new ResolvedSpec(spec, List.copyOf(envs), sources);
    }

    private static EnvironmentSpec emptyEnv() {
        return new EnvironmentSpec(null, null, null, null, null, null, null, null, null);
    }

    private static Environment environment(Spec spec, String name, EnvironmentSpec e) {
        boolean production = e.production() != null ? e.production() : name.equals("prod") || name.equals("production");
        boolean approval = e.approval() != null ? e.approval() : production;
        String region = e.region() != null ? e.region() : spec.region() != null ? spec.region() : "us-east-1";
        List<String> emails = e.alerts() == null || e.alerts().email() == null ? List.of() : List.copyOf(e.alerts().email());
        Map<String, String> tags = new TreeMap<>();
        if (spec.tags() != null) {
            tags.putAll(spec.tags());
        }
        if (e.tags() != null) {
            tags.putAll(e.tags());
        }
        tags.put("app", spec.app());
        tags.put("environment", name);
        tags.put("managed-by", "forge");
        if (spec.owner() != null) {
            tags.put("owner", spec.owner());
        }
        if (spec.costCentre() != null) {
            tags.put("cost-centre", spec.costCentre());
        }
        return new Environment(name, production, approval, region, e.account(), e.project(), e.subscription(), emails,
                java.util.Collections.unmodifiableMap(tags), e.kubernetes() == null ? null : e.kubernetes().cluster());
    }

    /** Defaults that depend on other fields or on the environment, documented on the fields they fill. */
    private static Spec derive(Spec s, Environment env) {
        Spec out = s;
        out = Introspection.with(out, "region", env.region());
        out = Introspection.with(out, "databases", mapValues(s.databases(), (name, d) ->
                d.name() != null ? d : Introspection.with(d, "name", name.replace('-', '_'))));
        out = Introspection.with(out, "secrets", mapValues(s.secrets(), (name, sec) ->
                sec.variable() != null ? sec : Introspection.with(sec, "variable", variable(name,
                        sec.store() == SecretStore.SSM ? "_PARAMETER" : "_SECRET_ARN"))));
        out = Introspection.with(out, "parameters", mapValues(s.parameters(), (name, p) ->
                p.variable() != null ? p : Introspection.with(p, "variable", variable(name, "_PARAMETER"))));
        out = Introspection.with(out, "functions", mapValues(s.functions(), (name, f) ->
                Introspection.with(f, "uses", withAccess(f.uses()))));
        out = Introspection.with(out, "services", mapValues(s.services(), (name, sv) ->
                Introspection.with(sv, "uses", withAccess(sv.uses()))));
        for (Kind k : Kind.values()) {
            if (out.section(k) == null) {
                out = Introspection.with(out, k.section(), Map.of());
            }
        }
        if (s.tags() == null) {
            out = Introspection.with(out, "tags", Map.of());
        }
        CiSpec ci = s.ci();
        if (ci != null) {
            List<String> promote = ci.promote() != null ? ci.promote() : List.copyOf(s.environments().keySet());
            ci = new CiSpec(ci.github(), promote, ci.approvals(), ci.oidc(), ci.registry(), ci.drift(), ci.iac(), ci.notifications(), ci.schedules());
            out = Introspection.with(out, "ci", ci);
        }
        return out;
    }

    /**
     * A queue that triggers functions hides each received message for six times the slowest consumer's timeout (AWS's
     * guidance: a batch still being worked on is not handed to a second consumer), at most 12 hours, unless the spec
     * sets {@code visibility-timeout} itself: a derived value, not the 30s default. FORGE-SQS-003 checks a written one.
     */
    private static Spec consumersVisibility(Spec resolved, Spec written) {
        Map<String, Long> slowest = new TreeMap<>();
        resolved.functions().forEach((name, f) -> {
            if (f.triggers() != null) {
                for (TriggerSpec t : f.triggers()) {
                    if (t != null && t.is(TriggerSpec.Type.QUEUE)) {
                        slowest.merge(t.queue(), f.timeout().millis(), Math::max);
                    }
                }
            }
        });
        if (slowest.isEmpty()) {
            return resolved;
        }
        return Introspection.with(resolved, "queues", mapValues(resolved.queues(), (name, q) -> {
            Long timeout = slowest.get(name);
            QueueSpec w = written.queues() == null ? null : written.queues().get(name);
            if (timeout == null || w != null && w.visibilityTimeout() != null) {
                return q;
            }
            long seconds = Math.min(43_200, Math.max(q.visibilityTimeout().millis(), 6 * timeout) / 1000);
            return Introspection.with(q, "visibilityTimeout", dev.forge.model.Duration.ofSeconds(seconds));
        }));
    }

    private static String variable(String name, String suffix) {
        return name.toUpperCase(Locale.ROOT).replace('-', '_') + suffix;
    }

    private static List<Use> withAccess(List<Use> uses) {
        if (uses == null) {
            return List.of();
        }
        return uses.stream().map(u -> new Use(u.ref(), u.accessOrDefault(), u.variable())).toList();
    }

    private interface ValueFn<T> {
        T apply(String name, T value);
    }

    private static <T> Map<String, T> mapValues(Map<String, T> in, ValueFn<T> fn) {
        if (in == null) {
            return Map.of();
        }
        Map<String, T> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, v == null ? null : fn.apply(k, v)));
        return out;
    }

    /** Functions and services share roles, images and log groups, so they may not share names. */
    private static void checkComputeNames(Spec spec, SourceMap sources, Diagnostics diags) {
        if (spec.functions() == null || spec.services() == null) {
            return;
        }
        for (String name : spec.functions().keySet()) {
            if (spec.services().containsKey(name)) {
                diags.error(sources.at("functions." + name), Code.E116, "function '" + name + "' has the same name as"
                        + " service '" + name + "'", Code.E116.fix());
            }
        }
    }

    /** The access graph: every {@code uses:} entry and every variable read from a secret or parameter. */
    static List<Grant> grants(Spec s) {
        Map<String, Grant> out = new TreeMap<>();
        s.functions().forEach((name, f) -> addGrants(out, new Ref(Kind.FUNCTION, name), f.uses(), f.env()));
        s.services().forEach((name, sv) -> addGrants(out, new Ref(Kind.SERVICE, name), sv.uses(), sv.env()));
        s.jobs().forEach((name, j) -> addGrants(out, new Ref(Kind.JOB, name), j.uses(), j.env()));
        s.functions().forEach((name, f) -> {
            // A trigger implies exactly what consuming its events takes: a queue's messages, a table's stream.
            // Buckets, topics and schedules invoke the function instead (a permission on the function's side).
            Ref fn = new Ref(Kind.FUNCTION, name);
            for (TriggerSpec t : f.triggers() == null ? List.<TriggerSpec>of() : f.triggers()) {
                if (t.types().size() != 1) {
                    continue;
                }
                Access access = switch (t.type()) {
                    case QUEUE -> Access.CONSUME;
                    case TABLE -> Access.STREAM;
                    default -> null;
                };
                if (access != null) {
                    Grant g = new Grant(fn, t.source(), access, Grant.TRIGGER + t.type().name().toLowerCase(java.util.Locale.ROOT));
                    out.putIfAbsent(fn + ">" + t.source() + ">" + access, g);
                }
            }
        });
        List<Grant> list = new ArrayList<>(out.values());
        list.sort(Grant.ORDER);
        return List.copyOf(list);
    }

    private static void addGrants(Map<String, Grant> out, Ref principal, List<Use> uses, Map<String, String> env) {
        if (uses != null) {
            for (Use u : uses) {
                Grant g = new Grant(principal, u.ref(), u.accessOrDefault(), "uses");
                out.putIfAbsent(principal + ">" + u.ref() + ">" + g.access(), g);
            }
        }
        if (env != null) {
            env.forEach((var, value) -> {
                if (EnvContract.isStoreValue(value)) {
                    Ref r = Ref.parse(value);
                    out.putIfAbsent(principal + ">" + r + ">" + Access.READ, new Grant(principal, r, Access.READ, "env:" + var));
                }
            });
        }
    }
}
