package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.verify.OfflineTerraform;
import dev.forge.verify.RootResult;
import dev.forge.verify.RootVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The artifact bucket reused ({@link dev.forge.platform.aws.FunctionArtifacts}): with the root input
 * {@code function_artifact_bucket} set, Terraform itself (offline validate and plan, as {@link TerraformPlanTest})
 * plans no bucket of its own, while the deploy role and its policy (whose UploadFunctionCode statement then names the
 * given bucket) are still planned. TerraformPlanTest plans the other branch (the bucket created) for every example.
 */
class TerraformArtifactReusePlanTest {

    @TempDir
    static Path work;

    @Test
    void givenAnExistingBucket_thenTerraformPlansNoBucketOfItsOwn_andTheDeployRoleStill() throws Exception {
        String example = "site-builder";
        Path specDir = TerraformExamples.repoRoot().resolve("examples").resolve(example);
        ResolvedSpec spec = TerraformExamples.resolve(example);
        Path out = work.resolve("out").resolve(example).resolve("deeper");
        List<Artifact> files = Pipeline.synth(spec, List.of(TerraformExamples.TARGET), spec.environments(), specDir, out);
        TerraformExamples.write(files, out);
        String env = spec.environments().get(0).name();
        Path tfvars = out.resolve("terraform-aws/environments").resolve(env).resolve("terraform.tfvars");
        assertThat(Files.readString(out.resolve("terraform-aws/environments").resolve(env).resolve("main.tf")))
                .contains("module \"ci_artifacts\"");
        Files.writeString(tfvars, "function_artifact_bucket = \"acme-existing-artifacts\"\n", StandardOpenOption.APPEND);

        OfflineTerraform tf = OfflineTerraform.prepare(work.resolve("terraform"));
        RootResult r = new RootVerifier(tf).verify(out.resolve("terraform-aws"), env, work.resolve("root"));
        assertThat(r.planOk()).as("terraform plan with function_artifact_bucket: %s", r.problems()).isTrue();
        assertThat(r.addresses()).noneMatch(a -> a.startsWith("module.ci_artifacts"))
                .contains("module.github_oidc.aws_iam_role.this", "module.github_oidc.aws_iam_role_policy.this");
    }
}
