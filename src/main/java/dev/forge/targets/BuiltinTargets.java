package dev.forge.targets;

import dev.forge.synth.Target;
import dev.forge.targets.azure.AzureTarget;
import dev.forge.targets.cloudformation.CloudFormationTarget;
import dev.forge.targets.compose.ComposeTarget;
import dev.forge.targets.docker.DockerTarget;
import dev.forge.targets.gcp.GcpTarget;
import dev.forge.targets.helm.HelmTarget;
import dev.forge.targets.kubernetes.KubernetesTarget;
import dev.forge.targets.model.ModelTarget;
import dev.forge.targets.github.GithubActionsTarget;
import dev.forge.targets.terraform.TerraformTarget;
import java.util.List;
import java.util.Optional;

/** The one place targets are registered. Adding a target is one class in its own package and one line here. */
public final class BuiltinTargets {

    private static final List<Target> ALL = List.of(
            new ModelTarget(),
            new TerraformTarget(),
            new DockerTarget(),
            new KubernetesTarget(),
            new ComposeTarget(),
            new HelmTarget(),
            new CloudFormationTarget(),
            new GcpTarget(),
            new AzureTarget(),
            new GithubActionsTarget());

    private BuiltinTargets() {
    }

    public static List<Target> all() {
        return ALL;
    }

    public static Optional<Target> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
