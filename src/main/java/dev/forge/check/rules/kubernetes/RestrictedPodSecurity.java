package dev.forge.check.rules.kubernetes;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import dev.forge.spec.MapNode;
import dev.forge.spec.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** FORGE-K8S-006: the whole Pod Security Standard "restricted" profile. */
public final class RestrictedPodSecurity extends Pods {

    static final RuleInfo INFO = new RuleInfo("FORGE-K8S-006", Levels.always(Severity.ERROR),
            "Pods meet the restricted Pod Security Standard as a whole",
            "A namespace that enforces the restricted profile refuses any pod that misses one of its controls: "
                    + "host namespaces, host ports, volume types, non-root, no privilege escalation, every "
                    + "capability dropped and a seccomp profile. Checking them one by one lets a pod pass each "
                    + "rule and still be refused (or, without enforcement, run with a gap).",
            "Set `securityContext: { runAsNonRoot: true, seccompProfile: { type: RuntimeDefault } }` on the pod, "
                    + "`{ allowPrivilegeEscalation: false, capabilities: { drop: [ALL] } }` on each container, and "
                    + "use no host namespaces, host ports or hostPath volumes.",
            List.of("Kubernetes Pod Security Standards: restricted", "checkov CKV_K8S_28", "checkov CKV_K8S_31",
                    "checkov CKV_K8S_37"));

    /** The volume types the restricted profile allows. */
    static final Set<String> VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<String> check(Container c) {
        List<String> gaps = new ArrayList<>();
        for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (Yaml.isTrue(c.pod(), host)) {
                gaps.add(host);
            }
        }
        for (Node v : Yaml.list(c.pod(), "volumes")) {
            if (v instanceof MapNode m) {
                m.entries().stream().map(MapNode.Entry::name).filter(k -> !k.equals("name") && !VOLUMES.contains(k)).forEach(k -> gaps.add(k + " volume"));
            }
        }
        boolean nonRoot = Yaml.isTrue(c.container(), "securityContext", "runAsNonRoot")
                || Yaml.isTrue(c.pod(), "securityContext", "runAsNonRoot") && !Yaml.isFalse(c.container(), "securityContext", "runAsNonRoot");
        if (!nonRoot || Yaml.text(c.container(), "securityContext", "runAsUser").map("0"::equals).orElse(false)) {
            gaps.add("runAsNonRoot");
        }
        if (!Yaml.isFalse(c.container(), "securityContext", "allowPrivilegeEscalation")
                || Yaml.isTrue(c.container(), "securityContext", "privileged")) {
            gaps.add("allowPrivilegeEscalation: false");
        }
        List<String> drop = Yaml.list(c.container(), "securityContext", "capabilities", "drop").stream()
                .map(n -> Yaml.text(n).orElse("")).toList();
        if (!drop.contains("ALL")) {
            gaps.add("capabilities.drop: [ALL]");
        }
        Yaml.list(c.container(), "securityContext", "capabilities", "add").stream().map(n -> Yaml.text(n).orElse(""))
                .filter(cap -> !cap.equals("NET_BIND_SERVICE")).forEach(cap -> gaps.add("capability " + cap + " added"));
        String seccomp = Yaml.text(c.container(), "securityContext", "seccompProfile", "type")
                .or(() -> Yaml.text(c.pod(), "securityContext", "seccompProfile", "type")).orElse("");
        if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
            gaps.add("seccompProfile RuntimeDefault");
        }
        for (Node p : Yaml.list(c.container(), "ports")) {
            if (Yaml.get(p, "hostPort").isPresent()) {
                gaps.add("hostPort");
            }
        }
        return gaps.isEmpty() ? Optional.empty()
                : Optional.of(c.who() + " breaks the restricted Pod Security Standard: " + String.join(", ", gaps));
    }
}
