package dev.forge.check.rules.kubernetes;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-K8S-002: read-only root filesystem. */
public final class ReadOnlyRootFilesystem extends Pods {

    static final RuleInfo INFO = new RuleInfo("FORGE-K8S-002", Levels.always(Severity.ERROR),
            "Containers have a read-only root filesystem",
            "A read-only root filesystem stops an attacker (or a bug) from changing the container's binaries "
                    + "and configuration; writable scratch space comes from an emptyDir volume.",
            "Set `securityContext: { readOnlyRootFilesystem: true }` on the container and mount an emptyDir "
                    + "where it writes.",
            List.of("checkov CKV_K8S_22"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<String> check(Container c) {
        return Yaml.isTrue(c.container(), "securityContext", "readOnlyRootFilesystem") ? Optional.empty()
                : Optional.of(c.who() + " has a writable root filesystem (no readOnlyRootFilesystem: true)");
    }
}
