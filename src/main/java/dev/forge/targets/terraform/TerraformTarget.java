package dev.forge.targets.terraform;

import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.Rendering;
import dev.forge.synth.SynthContext;
import dev.forge.synth.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Terraform for the serverless AWS parts of a spec: reusable modules under {@code modules/}, one root per
 * environment under {@code environments/<env>/}, and a README. Services, databases and caches are not generated
 * (no target generates them yet; {@link TerraformRendering} says exactly what is rendered); functions that reach
 * them get their endpoints as inputs of the environment root.
 */
public final class TerraformTarget implements Target {

    @Override
    public String name() {
        return "terraform-aws";
    }

    @Override
    public String description() {
        return "Terraform modules and per-environment roots for Lambda, API Gateway, DynamoDB, S3, SQS, SSM (hashicorp/aws 6.x)";
    }

    @Override
    public boolean appliesTo(ResolvedSpec spec) {
        Spec s = spec.written();
        return nonEmpty(s.functions()) || nonEmpty(s.tables()) || nonEmpty(s.buckets()) || nonEmpty(s.queues())
                || nonEmpty(s.secrets()) || nonEmpty(s.parameters()) || s.apis() != null && s.apis().values().stream()
                .anyMatch(a -> a.type() == null || a.type() != dev.forge.model.ApiType.LOADBALANCER);
    }

    private static boolean nonEmpty(java.util.Map<?, ?> m) {
        return m != null && !m.isEmpty();
    }

    @Override
    public Rendering renders() {
        return TerraformRendering.DECLARED;
    }

    @Override
    public List<Artifact> synth(SynthContext context) {
        List<Artifact> out = new ArrayList<>();
        List<TfModule> modules = Modules.needed(context.spec());
        modules.forEach(m -> out.addAll(m.files()));
        for (ResolvedEnv env : context.environments()) {
            out.addAll(EnvironmentRoot.files(context.spec(), env, modules));
        }
        out.add(Artifact.text("README.md", RootReadme.render(context.spec(), modules)));
        return out;
    }
}
