package dev.forge.check.rules.kubernetes;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import dev.forge.spec.Node;
import java.util.List;
import java.util.Optional;

/** FORGE-K8S-008: no hostPath volumes. */
public final class NoHostPath extends Pods {

    static final RuleInfo INFO = new RuleInfo("FORGE-K8S-008", Levels.always(Severity.ERROR),
            "Pods mount no hostPath volume",
            "A hostPath volume opens the node's filesystem to the container: the kubelet's credentials, other pods' "
                    + "data, the container runtime's socket. It is the usual first step of a container escape; "
                    + "both Pod Security Standards above privileged forbid it.",
            "Use an emptyDir for scratch space, a persistentVolumeClaim for data, a configMap or secret for files.",
            List.of("Kubernetes PSS baseline: HostPath Volumes", "checkov CKV_K8S_27"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<String> check(Container c) {
        for (Node v : Yaml.list(c.pod(), "volumes")) {
            if (Yaml.get(v, "hostPath").isPresent()) {
                return Optional.of(c.who() + " runs in a pod with the hostPath volume '"
                        + Yaml.text(v, "name").orElse("?") + "'");
            }
        }
        return Optional.empty();
    }
}
