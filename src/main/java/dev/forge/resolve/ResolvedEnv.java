package dev.forge.resolve;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import java.util.List;

/**
 * The spec as it applies to one environment: overrides merged, every default applied (no optional field
 * with a default is null), per-environment names, and the access graph.
 */
public record ResolvedEnv(Environment environment, Spec spec, Naming naming, List<Grant> grants) {

    public String name() {
        return environment.name();
    }

    /** Grants held by one principal, sorted. */
    public List<Grant> grantsOf(Ref principal) {
        return grants.stream().filter(g -> g.principal().equals(principal)).toList();
    }

    /** Grants on one resource, sorted. */
    public List<Grant> grantsOn(Ref resource) {
        return grants.stream().filter(g -> g.resource().equals(resource)).toList();
    }

    public String physicalName(Kind kind, String name) {
        return naming.name(new Ref(kind, name));
    }
}
