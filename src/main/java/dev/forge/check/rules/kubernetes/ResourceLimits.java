package dev.forge.check.rules.kubernetes;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-K8S-004: resource requests and limits. */
public final class ResourceLimits extends Pods {

    static final RuleInfo INFO = new RuleInfo("FORGE-K8S-004", Levels.always(Severity.ERROR),
            "Containers request and limit CPU and memory",
            "Requests let the scheduler place pods where they fit; limits stop one container from starving "
                    + "its neighbours or the node. Without them a memory leak takes the node down.",
            "Set `resources: { requests: { cpu, memory }, limits: { cpu, memory } }` on every container.",
            List.of("checkov CKV_K8S_10", "checkov CKV_K8S_11", "checkov CKV_K8S_12", "checkov CKV_K8S_13"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<String> check(Container c) {
        for (String[] p : new String[][] {{"requests", "cpu"}, {"requests", "memory"}, {"limits", "cpu"}, {"limits", "memory"}}) {
            if (Yaml.get(c.container(), "resources", p[0], p[1]).isEmpty()) {
                return Optional.of(c.who() + " has no resources." + p[0] + "." + p[1]);
            }
        }
        return Optional.empty();
    }
}
