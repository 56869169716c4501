package dev.forge.check.rules.kubernetes;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-K8S-007: no Kubernetes API token in pods that do not call the API. */
public final class ServiceAccountToken extends Pods {

    static final RuleInfo INFO = new RuleInfo("FORGE-K8S-007", Levels.always(Severity.WARNING),
            "Pods that do not call the Kubernetes API mount no service account token",
            "By default every pod gets a token of its service account at /var/run/secrets; whoever takes over the "
                    + "container can call the Kubernetes API with it. An application that never talks to the API "
                    + "should not carry one (cloud credentials through IRSA or EKS Pod Identity use their own "
                    + "projected token).",
            "Set `automountServiceAccountToken: false` on the pod spec; a workload that does call the API "
                    + "suppresses this rule with the reason.",
            List.of("checkov CKV_K8S_38", "CIS Kubernetes Benchmark 5.1.6"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<String> check(Container c) {
        return Yaml.isFalse(c.pod(), "automountServiceAccountToken") ? Optional.empty()
                : Optional.of(c.who() + " gets a Kubernetes API token (no automountServiceAccountToken: false on its pod)");
    }
}
