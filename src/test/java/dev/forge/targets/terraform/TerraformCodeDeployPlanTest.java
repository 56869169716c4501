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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CodeDeploy for canary and linear functions (platform.aws.LambdaDeployments) in terraform-aws, through Terraform itself
 * (offline init, validate and plan, as {@link TerraformPlanTest}) for the spec of src/test/resources/codedeploy (no
 * example sets {@code deployment}): the application, CodeDeploy's role and its policy attachment, one deployment group
 * per canary or linear function (none for the all-at-once one), the deploy role; those functions' alias is the one whose
 * version and routing Terraform leaves alone ({@code live_ci}).
 */
class TerraformCodeDeployPlanTest {

    @TempDir
    static Path work;

    @Test
    void givenCanaryAndLinearFunctions_thenTerraformValidatesAndPlansTheirCodeDeploy() throws Exception {
        Path specDir = work.resolve("spec");
        Path fixture = Path.of("src/test/resources/codedeploy");
        try (var files = Files.walk(fixture)) {
            for (Path p : files.toList()) {
                Path to = specDir.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        ResolvedSpec spec = Pipeline.resolve(Pipeline.read(specDir.resolve("forge.yaml"), "forge.yaml"));
        Path out = specDir.resolve("out");
        List<Artifact> files = Pipeline.synth(spec, List.of(TerraformExamples.TARGET), spec.environments(), specDir, out);
        TerraformExamples.write(files, out);
        OfflineTerraform tf = OfflineTerraform.prepare(work.resolve("terraform"));
        for (String env : List.of("dev", "prod")) {
            RootResult r = new RootVerifier(tf).verify(out.resolve("terraform-aws"), env, work.resolve("root-" + env));
            assertThat(r.ok()).as("terraform init/validate/plan of %s: %s", env, r.problems()).isTrue();
            assertThat(r.addresses()).contains("module.lambda_deployments.aws_codedeploy_app.this",
                    "module.lambda_deployments.aws_iam_role.codedeploy",
                    "module.lambda_deployments.aws_iam_role_policy_attachment.codedeploy",
                    "module.lambda_deployments.aws_codedeploy_deployment_group.this[\"api\"]",
                    "module.lambda_deployments.aws_codedeploy_deployment_group.this[\"worker\"]",
                    "module.function_api.aws_lambda_alias.live_ci[0]", "module.function_worker.aws_lambda_alias.live_ci[0]",
                    "module.function_plain.aws_lambda_alias.live[0]",
                    "module.github_oidc.aws_iam_role_policy.this")
                    .doesNotContain("module.lambda_deployments.aws_codedeploy_deployment_group.this[\"plain\"]",
                            "module.function_api.aws_lambda_alias.live[0]");
        }
    }
}
