package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CodeDeploy for canary and linear functions in cloudformation ({@link LambdaDeploymentsPart}, the DeployRole's
 * CodeDeploy statements) for the spec of src/test/resources/codedeploy (no example sets {@code deployment}): every
 * check of {@link CfnCheck} (the resource spec, cfn-lint, cfn-guard, the policy check) finds nothing in either
 * environment's template, and finds the mutants (the rollback under a property name CodeDeploy does not know, a group in no application; the rollback events and configurations are
 * compared with terraform-aws's by dev.forge.targets.LambdaCodeDeployTest, with their mutants).
 */
class CloudFormationCodeDeployTest {

    @Test
    void givenCanaryAndLinearFunctions_thenEveryCheckPassesTheirCodeDeploy_andRejectsTheMutants(@TempDir Path dir) throws Exception {
        Path specDir = Path.of("src/test/resources/codedeploy");
        ResolvedSpec spec = Pipeline.resolve(Pipeline.read(specDir.resolve("forge.yaml"), "forge.yaml"));
        List<Artifact> files = Pipeline.synth(spec, Pipeline.targets(List.of("cloudformation"), spec), spec.environments());
        dev.forge.testkit.Examples.write(files, dir.resolve("valid"));
        String dev = files.stream().filter(a -> a.path().endsWith("dev/template.yaml")).findFirst().orElseThrow().text();
        assertThat(dev).contains("AWS::CodeDeploy::Application", "AWS::CodeDeploy::DeploymentGroup", "DEPLOYMENT_STOP_ON_ALARM",
                "codedeploy:CreateDeployment");
        Path mutants = dir.resolve("mutants");
        Files.createDirectories(mutants.resolve("style"));
        Files.createDirectories(mutants.resolve("platform"));
        Files.writeString(mutants.resolve("style/template.yaml"), dev.replace("AutoRollbackConfiguration:", "AutoRollback:"));
        Files.writeString(mutants.resolve("platform/template.yaml"), dev.replaceFirst("      ApplicationName:\n        Ref: CodeDeployApplication\n", ""));

        CfnCheck.Report report = CfnCheck.run(List.of(dir));
        assertThat(report.findings().stream().filter(f -> !f.file().contains("/mutants/")).toList())
                .as("findings of the spec check, cfn-lint, cfn-guard and the policy check").isEmpty();
        assertThat(report.in(mutants.resolve("style/template.yaml"))).as("the rollback under a name CodeDeploy does not know").isNotEmpty();
        assertThat(report.in(mutants.resolve("platform/template.yaml"))).as("a deployment group in no application").isNotEmpty();
    }
}
