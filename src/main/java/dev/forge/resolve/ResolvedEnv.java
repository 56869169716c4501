package dev.forge.resolve;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec as it applies to one environment: overrides merged, every default applied (no optional field
 * with a default is null), per-environment names, and the access graph.
 */
public record ResolvedEnv(Environment environment, Spec spec, Naming naming, List<Grant> grants, Index index) {

    public ResolvedEnv(Environment environment, Spec spec, Naming naming, List<Grant> grants) {
        this(environment, spec, naming, List.copyOf(grants), Index.of(spec, grants));
    }

    /**
     * Who holds which grant, and which APIs route to what, built once: rules and targets ask "what may this
     * function do" and "is it behind an API" for every function, and scanning every grant or route for each one
     * made checks and synth quadratic in the spec's size.
     */
    public record Index(Map<Ref, List<Grant>> byPrincipal, Map<Ref, List<Grant>> byResource, Map<Ref, List<String>> apisRouting) {

        static Index of(Spec spec, List<Grant> grants) {
            Map<Ref, List<Grant>> byPrincipal = new HashMap<>();
            Map<Ref, List<Grant>> byResource = new HashMap<>();
            for (Grant g : grants) {
                byPrincipal.computeIfAbsent(g.principal(), k -> new java.util.ArrayList<>()).add(g);
                byResource.computeIfAbsent(g.resource(), k -> new java.util.ArrayList<>()).add(g);
            }
            byPrincipal.replaceAll((k, v) -> List.copyOf(v));
            byResource.replaceAll((k, v) -> List.copyOf(v));
            Map<Ref, List<String>> apisRouting = new HashMap<>();
            if (spec.apis() != null) {
                spec.apis().forEach((api, a) -> {
                    if (a.routes() != null) {
                        a.routes().values().stream().filter(rt -> rt.to() != null).forEach(rt -> {
                            List<String> names = apisRouting.computeIfAbsent(rt.to(), k -> new java.util.ArrayList<>());
                            if (!names.contains(api)) {
                                names.add(api);
                            }
                        });
                    }
                });
            }
            apisRouting.replaceAll((k, v) -> List.copyOf(v));
            return new Index(Map.copyOf(byPrincipal), Map.copyOf(byResource), Map.copyOf(apisRouting));
        }
    }

    public String name() {
        return environment.name();
    }

    /** Grants held by one principal, sorted. */
    public List<Grant> grantsOf(Ref principal) {
        return index.byPrincipal().getOrDefault(principal, List.of());
    }

    /** Grants on one resource, sorted. */
    public List<Grant> grantsOn(Ref resource) {
        return index.byResource().getOrDefault(resource, List.of());
    }

    /** The names of the APIs with a route to this resource, in the spec's order. */
    public List<String> apisRouting(Ref target) {
        return index.apisRouting().getOrDefault(target, List.of());
    }

    /** The name a resource has in this environment (a bucket's, which is global, carries the account when known). */
    public String physicalName(Kind kind, String name) {
        return kind == Kind.BUCKET ? naming.bucket(name) : naming.name(new Ref(kind, name));
    }
}
