package dev.forge.check.rules.kubernetes;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-K8S-001: containers run as non-root. */
public final class RunAsNonRoot extends Pods {

    static final RuleInfo INFO = new RuleInfo("FORGE-K8S-001", Levels.always(Severity.ERROR),
            "Containers run as a non-root user",
            "A process running as root in a container is root on the node's kernel interface; a container "
                    + "escape then starts with every privilege. The restricted Pod Security Standard requires "
                    + "runAsNonRoot.",
            "Set `securityContext: { runAsNonRoot: true }` on the pod or the container (and a non-zero "
                    + "runAsUser).",
            List.of("checkov CKV_K8S_23", "Kubernetes PSS restricted: Running as Non-root"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<String> check(Container c) {
        boolean nonRoot = Yaml.isTrue(c.container(), "securityContext", "runAsNonRoot")
                || Yaml.isTrue(c.pod(), "securityContext", "runAsNonRoot")
                && !Yaml.isFalse(c.container(), "securityContext", "runAsNonRoot");
        boolean uidZero = Yaml.text(c.container(), "securityContext", "runAsUser").map("0"::equals).orElse(false);
        return nonRoot && !uidZero ? Optional.empty() : Optional.of(c.who() + " may run as root (no runAsNonRoot: true)");
    }
}
