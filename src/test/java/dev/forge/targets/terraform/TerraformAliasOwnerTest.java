package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (regression: "CI moves the live alias for zip functions too"): in an app with a CI-built image function and
 * a zip function, only the image function's alias ignores its version; Terraform moves the zip function's `live`.
 * Proven on the emitted files and by Terraform's own offline plan.
 */
class TerraformAliasOwnerTest {

    @Test
    void zipFunctionNextToACiBuiltImage_keepsATerraformManagedAlias(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/app.py"), "def handler(event, context):\n    return event\n");
        Files.createDirectories(dir.resolve("agent"));
        Files.writeString(dir.resolve("agent/Dockerfile"), "FROM public.ecr.aws/lambda/python:3.12\n");
        Path spec = Files.writeString(dir.resolve("forge.yaml"), String.join("\n",
                "forge: 1", "app: mixed", "owner: team", "region: eu-west-1",
                "environments: { dev: {} }",
                "ci: { github: acme/mixed }",
                "functions:",
                "  agent: { image: { build: agent/ } }",
                "  worker: { runtime: python3.12, handler: app.handler, source: src }", ""));
        Path out = dir.resolve("out");
        Cli.Result synth = Cli.run("synth", spec.toString(), "--target", "terraform-aws", "--out", out.toString());
        assertThat(synth.exit()).as(synth.all()).isZero();

        String root = Files.readString(out.resolve("terraform-aws/environments/dev/main.tf"));
        String agent = root.substring(root.indexOf("module \"function_agent\""), root.indexOf("module \"function_worker\""));
        String worker = root.substring(root.indexOf("module \"function_worker\""));
        worker = worker.substring(0, worker.indexOf("\n}\n"));
        assertThat(agent).containsPattern("ci_deploys_code\\s+= true");
        assertThat(worker).doesNotContain("ci_deploys_code");
        String module = Files.readString(out.resolve("terraform-aws/modules/lambda/main.tf"));
        String live = module.substring(module.indexOf("resource \"aws_lambda_alias\" \"live\""),
                module.indexOf("resource \"aws_lambda_alias\" \"live_ci\""));
        assertThat(live).doesNotContain("ignore_changes");
        assertThat(module.substring(module.indexOf("resource \"aws_lambda_alias\" \"live_ci\"")))
                .contains("ignore_changes = [function_version, routing_config]");

        Cli.Result plan = Cli.run("verify", spec.toString(), "--format", "json");
        assertThat(plan.exit()).as(plan.all()).isZero();
        assertThat(plan.out()).contains("module.function_worker.aws_lambda_alias.live[0]",
                "module.function_agent.aws_lambda_alias.live_ci[0]")
                .doesNotContain("module.function_worker.aws_lambda_alias.live_ci[0]",
                        "module.function_agent.aws_lambda_alias.live[0]");
    }
}
