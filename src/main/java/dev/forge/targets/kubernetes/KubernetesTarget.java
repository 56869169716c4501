package dev.forge.targets.kubernetes;

import dev.forge.platform.kubernetes.KubeObjects;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.Rendering;
import dev.forge.synth.SynthContext;
import dev.forge.synth.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Kubernetes manifests for the services and jobs of a spec: a Kustomize base with what every environment shares
 * and an overlay per environment ({@code kubectl apply -k overlays/<env>}) whose namespace, image repositories and
 * JSON patches make exactly {@link KubeObjects#objects} of that environment (docs/targets/kubernetes.md).
 */
public final class KubernetesTarget implements Target {

    @Override
    public String name() {
        return "kubernetes";
    }

    @Override
    public String description() {
        return "Kustomize base and per-environment overlays for services and jobs: hardened Deployments, Jobs and"
                + " CronJobs, Services, ConfigMaps, ServiceAccounts (IRSA), External Secrets, HPAs, PDBs,"
                + " NetworkPolicies, ALB Ingresses";
    }

    @Override
    public boolean appliesTo(ResolvedSpec spec) {
        return KubeObjects.hasWorkloads(spec.written());
    }

    private static final Rendering RENDERS = dev.forge.platform.kubernetes.KubeRendering.declared(
            "as Kubernetes workloads");

    @Override
    public Rendering renders() {
        return RENDERS;
    }

    @Override
    public List<Artifact> synth(SynthContext context) {
        // the base (and the README) from every environment of the spec, the overlays of the selected ones: a run
        // narrowed with --env must not rewrite the base the other environments' overlays patch
        List<Artifact> out = new ArrayList<>(Kustomize.files(context.spec().environments(), context.environments()));
        out.add(Artifact.text("README.md", Readme.render(context.spec(), context.spec().environments())));
        return out;
    }
}
