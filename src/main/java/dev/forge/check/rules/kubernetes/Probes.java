package dev.forge.check.rules.kubernetes;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-K8S-005: liveness and readiness probes. */
public final class Probes extends Pods {

    static final RuleInfo INFO = new RuleInfo("FORGE-K8S-005", Levels.always(Severity.ERROR),
            "Long-running containers have liveness and readiness probes",
            "A readiness probe keeps traffic away from a pod until it can serve; a liveness probe restarts "
                    + "one that hangs. Without them a stuck pod keeps receiving requests. Jobs are exempt.",
            "Add `livenessProbe` and `readinessProbe` (Forge derives both from the service's `health:`).",
            List.of("checkov CKV_K8S_8", "checkov CKV_K8S_9"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<String> check(Container c) {
        if (c.workloadKind().equals("Job") || c.workloadKind().equals("CronJob")) {
            return Optional.empty();
        }
        for (String probe : List.of("livenessProbe", "readinessProbe")) {
            if (c.container().get(probe).isEmpty()) {
                return Optional.of(c.who() + " has no " + probe);
            }
        }
        return Optional.empty();
    }
}
