package dev.forge.resolve;

import dev.forge.bind.SourceMap;
import dev.forge.diag.Code;
import dev.forge.diag.Diagnostics;
import dev.forge.diag.Location;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.model.Use;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the targets cannot carry, refused before any target runs: a name a target reserves, a secret and a
 * parameter that would share a store path, and two settings of one environment variable of a function or
 * service (its own {@code env:} and a connection variable derived from {@code uses:}, or two derived ones).
 * A clash is reported once, at the later of the two places, naming the other.
 */
final class NameClashes {

    private final SourceMap sources;
    private final Diagnostics diags;

    NameClashes(SourceMap sources, Diagnostics diags) {
        this.sources = sources;
        this.diags = diags;
    }

    /** The names as written: reserved words and secret/parameter store paths. */
    void checkWritten(Spec spec, List<TargetNames> targets) {
        for (TargetNames t : targets) {
            for (Kind k : t.kinds()) {
                Map<String, ?> section = spec.section(k);
                if (section == null) {
                    continue;
                }
                for (String name : section.keySet()) {
                    String spelt = TargetNames.spelling(name);
                    String why = t.reserved().get(spelt);
                    if (why != null) {
                        diags.error(sources.at(SourceMap.child(k.section(), name)), Code.E120, k.spelling() + " '"
                                + name + "' becomes " + t.becomes() + " '" + spelt + "' in target " + t.target()
                                + ", a name " + why, "Rename the " + k.spelling() + ", e.g. '" + name + "-"
                                + k.spelling() + "'.");
                    }
                }
            }
        }
        if (spec.secrets() != null && spec.parameters() != null) {
            for (String name : spec.parameters().keySet()) {
                if (spec.secrets().containsKey(name)) {
                    Location secret = sources.at(SourceMap.child("secrets", name));
                    Location parameter = sources.at(SourceMap.child("parameters", name));
                    diags.error(later(secret, parameter), Code.E116, "secret '" + name + "' (" + where(secret)
                            + ") and parameter '" + name + "' (" + where(parameter) + ") would share the store path '/"
                            + spec.app() + "/<environment>/" + name + "'", "Rename one of them.");
                }
            }
        }
    }

    /** The environment variables each function and service gets in one environment. */
    void checkVariables(ResolvedEnv env) {
        Spec s = env.spec();
        s.functions().forEach((n, f) -> variables(env, new Ref(Kind.FUNCTION, n), f.env(), f.uses()));
        s.services().forEach((n, sv) -> variables(env, new Ref(Kind.SERVICE, n), sv.env(), sv.uses()));
        s.jobs().forEach((n, j) -> variables(env, new Ref(Kind.JOB, n), j.env(), j.uses()));
    }

    /** Where a variable's value comes from; its location is looked up only when there is a clash to report. */
    private record Origin(String what, java.util.function.Supplier<Location> where) {

        Location at() {
            return where.get();
        }
    }

    private void variables(ResolvedEnv env, Ref principal, Map<String, String> own, List<Use> uses) {
        String base = principal.kind().section() + "." + principal.name();
        Map<String, Origin> seen = new LinkedHashMap<>();
        Origin forge = new Origin("Forge, which gives every function and service the environment's name",
                () -> sources.at(base));
        if (own != null && own.containsKey(Connections.ENVIRONMENT)) {
            Location at = at(base, env.name(), "env", Connections.ENVIRONMENT);
            diags.error(at, Code.E116, principal.kind().spelling() + " '" + principal.name() + "' sets environment"
                    + " variable '" + Connections.ENVIRONMENT + "' (" + where(at) + "), which is set by " + forge.what()
                    + "; one would silently replace the other", "Rename the env: entry.");
        }
        seen.put(Connections.ENVIRONMENT, forge);
        if (own != null) {
            for (String var : own.keySet()) {
                seen.putIfAbsent(var, new Origin("its env: entry", () -> at(base, env.name(), "env", var)));
            }
        }
        Map<Ref, String> aliases = Connections.aliases(env.spec(), principal);
        for (Grant g : env.grantsOf(principal)) {
            if (g.via().startsWith("env:") || g.isTrigger()) {
                continue;
            }
            for (Connection c : Connections.forResource(env.spec(), g.resource(), aliases.get(g.resource()),
                    principal.kind())) {
                Origin mine = new Origin("uses: " + g.resource(), () -> useAt(base, env.name(), uses, g.resource()));
                Origin first = seen.putIfAbsent(c.variable(), mine);
                if (first != null && !first.what().equals(mine.what())) {
                    Location mineAt = mine.at();
                    Location at = later(first.at(), mineAt);
                    Origin other = at.equals(mineAt) ? first : mine;
                    Origin here = at.equals(mineAt) ? mine : first;
                    diags.error(at, Code.E116, principal.kind().spelling() + " '" + principal.name() + "' gets"
                            + " environment variable '" + c.variable() + "' twice: from " + here.what() + " (" + where(here.at()) + ") and from " + other.what() + " ("
                            + where(other.at()) + "); one would silently replace the other",
                            first.what().startsWith("its env:") ? "Rename the env: entry."
                                    : "Rename one with `as NAME` in uses: (e.g. `" + g.resource() + " as OTHER_NAME`), or set"
                                    + " `variable:` on the secret or parameter.");
                }
            }
        }
    }

    private Location at(String base, String env, String field, String key) {
        String overlay = SourceMap.child(SourceMap.child(base + ".environments." + env, field), key);
        return sources.has(overlay) ? sources.at(overlay) : sources.at(SourceMap.child(base + "." + field, key));
    }

    private Location useAt(String base, String env, List<Use> uses, Ref r) {
        String overlay = base + ".environments." + env + ".uses";
        for (int i = 0; uses != null && i < uses.size(); i++) {
            if (uses.get(i).ref().equals(r)) {
                String p = SourceMap.item(overlay, i);
                return sources.has(p) ? sources.at(p) : sources.at(SourceMap.item(base + ".uses", i));
            }
        }
        return sources.at(base);
    }

    private static Location later(Location a, Location b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String where(Location l) {
        return l.isKnown() ? "line " + l.line() + ":" + l.column() : l.toString();
    }
}
