package dev.forge.resolve;

import dev.forge.bind.SourceMap;
import dev.forge.diag.Code;
import dev.forge.diag.Diagnostics;
import dev.forge.model.ApiSpec;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Introspection;
import dev.forge.model.Introspection.Field;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.RouteSpec;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Spec;
import dev.forge.model.SuppressionSpec;
import dev.forge.model.Use;
import dev.forge.util.Suggest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks every reference in the spec as written, overrides included: it must name a declared resource
 * (FORGE-E104, with the nearest name), of a kind allowed there (FORGE-E112), once (FORGE-E116), and
 * invocations must not run in a circle (FORGE-E119). Also checks that overrides name declared
 * environments (FORGE-E118).
 */
final class References {

    /** A resource or one of its overrides, with where it was written. */
    record Site(Ref owner, Object record, String path) {
    }

    private final Spec spec;
    private final SourceMap sources;
    private final Diagnostics diags;

    References(Spec spec, SourceMap sources, Diagnostics diags) {
        this.spec = spec;
        this.sources = sources;
        this.diags = diags;
    }

    void check() {
        Set<String> envs = spec.environments() == null ? Set.of() : spec.environments().keySet();
        for (Site site : sites(spec)) {
            if (site.record() instanceof FunctionSpec f) {
                checkUses(site, f.uses(), f.env());
                checkTriggers(site, f.triggers());
            } else if (site.record() instanceof dev.forge.model.JobSpec j) {
                checkUses(site, j.uses(), j.env());
            } else if (site.record() instanceof dev.forge.model.TopicSpec t && t.subscriptions() != null) {
                for (int i = 0; i < t.subscriptions().size(); i++) {
                    var sub = t.subscriptions().get(i);
                    if (sub != null && sub.queue() != null) {
                        exists(new Ref(Kind.QUEUE, sub.queue()), SourceMap.child(SourceMap.item(SourceMap.child(site.path(),
                                "subscriptions"), i), "queue"), "topic '" + site.owner().name() + "' subscribes");
                    }
                }
            } else if (site.record() instanceof ServiceSpec s) {
                checkUses(site, s.uses(), s.env());
            } else if (site.record() instanceof ApiSpec a && a.routes() != null) {
                a.routes().forEach((route, r) -> checkRoute(site, route, r));
            }
        }
        checkOverlayEnvironments(spec, "", envs);
        if (spec.policy() != null && spec.policy().suppressions() != null) {
            List<SuppressionSpec> sups = spec.policy().suppressions();
            for (int i = 0; i < sups.size(); i++) {
                Ref r = sups.get(i).resource();
                if (r != null) {
                    String path = SourceMap.child(SourceMap.item("policy.suppressions", i), "resource");
                    exists(r, path, "suppression of " + sups.get(i).rule() + " names");
                }
            }
        }
        if (spec.ci() != null) {
            checkEnvList(spec.ci().promote(), "ci.promote", envs);
            checkEnvList(spec.ci().approvals(), "ci.approvals", envs);
        }
        checkCycles();
    }

    /** Every resource of every kind, and each of its overrides, in spec order. */
    static List<Site> sites(Spec spec) {
        List<Site> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Map<String, ?> section = spec.section(kind);
            if (section == null) {
                continue;
            }
            section.forEach((name, rec) -> {
                if (rec == null) {
                    return;
                }
                String path = SourceMap.child(kind.section(), name);
                Ref owner = new Ref(kind, name);
                out.add(new Site(owner, rec, path));
                for (Field f : Introspection.fields(rec.getClass())) {
                    if (f.isOverlay() && f.get(rec) instanceof Map<?, ?> overrides) {
                        overrides.forEach((env, o) -> {
                            if (o != null) {
                                out.add(new Site(owner, o, SourceMap.child(SourceMap.child(path, "environments"), (String) env)));
                            }
                        });
                    }
                }
            });
        }
        return out;
    }

    private void checkUses(Site site, List<Use> uses, Map<String, String> env) {
        String who = site.owner().kind().spelling() + " '" + site.owner().name() + "'";
        Set<Ref> seen = new HashSet<>();
        if (uses != null) {
            for (int i = 0; i < uses.size(); i++) {
                Ref r = uses.get(i).ref();
                String path = SourceMap.item(SourceMap.child(site.path(), "uses"), i);
                if (r.kind() == Kind.API) {
                    diags.error(sources.at(path), Code.E112, who + " uses api '" + r.name() + "'; an API is not used"
                            + " directly", "Use the function or service behind the route instead.");
                    continue;
                }
                if (r.equals(site.owner())) {
                    diags.error(sources.at(path), Code.E119, who + " uses itself", "Delete this entry.");
                    continue;
                }
                if (!seen.add(r)) {
                    diags.error(sources.at(path), Code.E116, who + " lists '" + r + "' twice in uses",
                            "Keep one entry, with the widest access it needs.");
                    continue;
                }
                exists(r, path, who + " uses");
            }
        }
        if (env != null) {
            env.forEach((var, value) -> {
                if (EnvContract.isStoreValue(value)) {
                    String path = SourceMap.child(SourceMap.child(site.path(), "env"), var);
                    try {
                        exists(Ref.parse(value), path, who + " reads " + var + " from");
                    } catch (IllegalArgumentException e) {
                        diags.error(sources.at(path), Code.E111, who + ": env " + var + " '" + value
                                + "' is not a valid reference", "Write secret:NAME or parameter:NAME.");
                    }
                    return;
                }
                EnvContract.attributeRef(value).ifPresent(r -> {
                    String path = SourceMap.child(SourceMap.child(site.path(), "env"), var);
                    java.util.Optional<String> bad = EnvContract.problem(r);
                    if (bad.isPresent()) {
                        diags.error(sources.at(path), Code.E111, who + ": env " + var + " '" + value + "': "
                                + bad.get(), "Write kind:name.attribute, e.g. api:public.url or table:messages.name.");
                    } else if (r.ref().equals(site.owner())) {
                        diags.error(sources.at(path), Code.E119, who + ": env " + var + " '" + value
                                + "' references the " + r.ref().kind().spelling() + " itself",
                                "A service reads its own settings directly; delete this entry.");
                    } else {
                        exists(r.ref(), path, who + ": env " + var + " references");
                    }
                });
            });
        }
    }

    private void checkRoute(Site site, String route, RouteSpec r) {
        if (r == null || r.to() == null) {
            return;
        }
        String path = SourceMap.child(SourceMap.child(SourceMap.child(site.path(), "routes"), route), "to");
        Kind k = r.to().kind();
        if (k != Kind.FUNCTION && k != Kind.SERVICE) {
            diags.error(sources.at(path), Code.E112, "api '" + site.owner().name() + "' routes '" + route + "' to "
                    + k.spelling() + " '" + r.to().name() + "'; routes go to functions and services",
                    "Point the route at function:NAME or service:NAME.");
            return;
        }
        exists(r.to(), path, "api '" + site.owner().name() + "' routes '" + route + "' to");
    }

    /** Each trigger names a declared queue, bucket, table or topic, and a declared dead-letter queue. */
    private void checkTriggers(Site site, List<dev.forge.model.TriggerSpec> triggers) {
        if (triggers == null) {
            return;
        }
        String who = "function '" + site.owner().name() + "'";
        for (int i = 0; i < triggers.size(); i++) {
            var t = triggers.get(i);
            if (t == null) {
                continue;
            }
            String path = SourceMap.item(SourceMap.child(site.path(), "triggers"), i);
            if (t.queue() != null) {
                exists(new Ref(Kind.QUEUE, t.queue()), SourceMap.child(path, "queue"), who + " is triggered by");
            }
            if (t.bucket() != null) {
                exists(new Ref(Kind.BUCKET, t.bucket()), SourceMap.child(path, "bucket"), who + " is triggered by");
            }
            if (t.table() != null) {
                exists(new Ref(Kind.TABLE, t.table()), SourceMap.child(path, "table"), who + " is triggered by");
            }
            if (t.topic() != null) {
                exists(new Ref(Kind.TOPIC, t.topic()), SourceMap.child(path, "topic"), who + " is triggered by");
            }
            if (t.deadLetterQueue() != null) {
                exists(new Ref(Kind.QUEUE, t.deadLetterQueue()), SourceMap.child(path, "dead-letter-queue"),
                        who + "'s trigger sends failures to");
            }
        }
    }

    private void exists(Ref r, String path, String context) {
        Map<String, ?> section = spec.section(r.kind());
        if (section != null && section.containsKey(r.name())) {
            return;
        }
        Set<String> names = section == null ? Set.of() : section.keySet();
        // the message already carries "did you mean"; the fix lists what exists instead of repeating it
        String hint = names.isEmpty() ? "Declare it under `" + r.kind().section() + ":`."
                : "Declared " + r.kind().section() + ": " + String.join(", ", new TreeSet<>(names)) + ".";
        diags.error(sources.at(path), Code.E104, context + " unknown " + r.kind().spelling() + " '" + r.name() + "'"
                + Suggest.didYouMean(r.name(), names), hint);
    }

    private void checkOverlayEnvironments(Object value, String path, Set<String> envs) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> checkOverlayEnvironments(v, SourceMap.child(path, (String) k), envs));
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkOverlayEnvironments(list.get(i), SourceMap.item(path, i), envs);
            }
            return;
        }
        if (!Introspection.isSpecRecord(value.getClass())) {
            return;
        }
        for (Field f : Introspection.fields(value.getClass())) {
            Object v = f.get(value);
            String childPath = SourceMap.child(path, f.key());
            if (f.isOverlay() && v instanceof Map<?, ?> overrides) {
                for (Object env : overrides.keySet()) {
                    if (!envs.contains(env)) {
                        diags.error(sources.at(SourceMap.child(childPath, (String) env)), Code.E118,
                                childPath + ": override for unknown environment '" + env + "'"
                                        + Suggest.didYouMean((String) env, envs),
                                "Declared environments: " + String.join(", ", envs) + ".");
                    }
                }
            } else if (!(value instanceof Spec && f.key().equals("environments"))) {
                checkOverlayEnvironments(v, childPath, envs);
            }
        }
    }

    private void checkEnvList(List<String> names, String path, Set<String> envs) {
        if (names == null) {
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!envs.contains(names.get(i))) {
                diags.error(sources.at(SourceMap.item(path, i)), Code.E118, path + " names unknown environment '"
                        + names.get(i) + "'" + Suggest.didYouMean(names.get(i), envs),
                        "Declared environments: " + String.join(", ", envs) + ".");
            }
        }
    }

    /** Invocation edges between functions and services, in every environment's variant. */
    private void checkCycles() {
        Map<Ref, Map<Ref, String>> edges = new TreeMap<>();
        for (Site site : sites(spec)) {
            List<Use> uses = site.record() instanceof FunctionSpec f ? f.uses()
                    : site.record() instanceof ServiceSpec s ? s.uses() : null;
            if (uses == null) {
                continue;
            }
            for (int i = 0; i < uses.size(); i++) {
                Ref to = uses.get(i).ref();
                if ((to.kind() == Kind.FUNCTION || to.kind() == Kind.SERVICE) && !to.equals(site.owner())) {
                    edges.computeIfAbsent(site.owner(), k -> new TreeMap<>())
                            .putIfAbsent(to, SourceMap.item(SourceMap.child(site.path(), "uses"), i));
                }
            }
        }
        Set<Ref> done = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (Ref start : edges.keySet()) {
            walk(start, new ArrayList<>(), edges, done, reported);
        }
    }

    private void walk(Ref node, List<Ref> stack, Map<Ref, Map<Ref, String>> edges, Set<Ref> done, Set<String> reported) {
        int at = stack.indexOf(node);
        if (at >= 0) {
            List<Ref> cycle = new ArrayList<>(stack.subList(at, stack.size()));
            List<Ref> key = new ArrayList<>(cycle);
            key.sort(null);
            if (reported.add(key.toString())) {
                cycle.add(node);
                Ref from = cycle.get(cycle.size() - 2);
                String path = edges.get(from).get(node);
                StringBuilder chain = new StringBuilder();
                for (Ref r : cycle) {
                    chain.append(chain.length() == 0 ? "" : " -> ").append(r);
                }
                diags.error(sources.at(path), Code.E119, "uses form a cycle: " + chain, Code.E119.fix());
            }
            return;
        }
        if (done.contains(node)) {
            return;
        }
        stack.add(node);
        for (Ref next : edges.getOrDefault(node, Map.of()).keySet()) {
            walk(next, stack, edges, done, reported);
        }
        stack.remove(stack.size() - 1);
        done.add(node);
    }
}
