package dev.forge.targets.model;

import dev.forge.model.Kind;
import dev.forge.model.ModelTree;
import dev.forge.resolve.Environment;
import dev.forge.resolve.Grant;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.synth.Artifact;
import dev.forge.synth.Rendering;
import dev.forge.synth.SynthContext;
import dev.forge.synth.Target;
import dev.forge.util.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the resolved model of each environment as JSON ({@code model/<env>.json}): every default applied,
 * overrides merged, physical names and the access graph. For debugging a spec and for other tools.
 */
public final class ModelTarget implements Target {

    @Override
    public String name() {
        return "model";
    }

    @Override
    public String description() {
        return "the resolved model of each environment as JSON (defaults, names, access graph)";
    }

    /**
     * Every field, but as data: this JSON deploys nothing, so it never counts as rendering a field. Otherwise a
     * spec whose services no infrastructure target generates would look covered because its model dump names them.
     */
    @Override
    public Rendering renders() {
        return Rendering.dataOnly();
    }

    @Override
    public List<Artifact> synth(SynthContext context) {
        return dev.forge.util.Parallel.map(context.environments(), env -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("forge-model", 1);
            doc.put("app", env.spec().app());
            doc.put("environment", environment(env.environment()));
            doc.put("names", names(env));
            doc.put("grants", grants(env.grants()));
            doc.put("spec", ModelTree.of(env.spec()));
            return Artifact.text(env.name() + ".json", Json.write(doc));
        });
    }

    private static Map<String, Object> environment(Environment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("production", e.production());
        m.put("approval", e.approval());
        m.put("region", e.region());
        m.put("account", e.account());
        m.put("alert-emails", e.alertEmails());
        m.put("tags", e.tags());
        return m;
    }

    private static Map<String, Object> names(ResolvedEnv env) {
        Map<String, Object> out = new TreeMap<>();
        for (Kind k : Kind.values()) {
            Map<String, String> names = new TreeMap<>();
            sectionNames(env, k).forEach(n -> names.put(n, k == Kind.BUCKET ? env.naming().bucket(n)
                    : k == Kind.SECRET || k == Kind.PARAMETER ? env.naming().storePath(n) : env.naming().base(n)));
            if (!names.isEmpty()) {
                out.put(k.section(), names);
            }
        }
        return out;
    }

    private static List<String> sectionNames(ResolvedEnv env, Kind k) {
        Map<String, ?> section = env.spec().section(k);
        return new ArrayList<>(section.keySet());
    }

    private static List<Object> grants(List<Grant> grants) {
        List<Object> out = new ArrayList<>();
        for (Grant g : grants) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("principal", g.principal().toString());
            m.put("resource", g.resource().toString());
            m.put("access", g.access().spelling());
            m.put("via", g.via());
            out.add(m);
        }
        return out;
    }
}
