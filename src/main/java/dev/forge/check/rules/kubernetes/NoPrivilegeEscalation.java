package dev.forge.check.rules.kubernetes;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-K8S-003: no privilege escalation. */
public final class NoPrivilegeEscalation extends Pods {

    static final RuleInfo INFO = new RuleInfo("FORGE-K8S-003", Levels.always(Severity.ERROR),
            "Containers cannot escalate privileges",
            "allowPrivilegeEscalation: false sets no_new_privs, so setuid binaries cannot gain privileges; a "
                    + "privileged container has all of the host's. The restricted Pod Security Standard requires the "
                    + "first and forbids the second.",
            "Set `securityContext: { allowPrivilegeEscalation: false, privileged: false, capabilities: { "
                    + "drop: [ALL] } }`.",
            List.of("checkov CKV_K8S_20", "checkov CKV_K8S_16", "Kubernetes PSS restricted: Privilege Escalation", "Kubernetes PSS baseline: Privileged Containers"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<String> check(Container c) {
        if (Yaml.isTrue(c.container(), "securityContext", "privileged")) {
            return Optional.of(c.who() + " is privileged");
        }
        return Yaml.isFalse(c.container(), "securityContext", "allowPrivilegeEscalation") ? Optional.empty()
                : Optional.of(c.who() + " may escalate privileges (no allowPrivilegeEscalation: false)");
    }
}
