package dev.forge.targets.github;

import static dev.forge.targets.github.WorkflowDocs.name;
import static dev.forge.targets.github.WorkflowDocs.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.check.artifact.Yaml;
import dev.forge.model.TrafficShift;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.MapNode;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A function's {@code deployment} (traffic shift) in deploy.yml: all at once by default (the examples' goldens), the
 * update moving {@code live}; canary and linear through CodeDeploy (platform.aws.LambdaDeployments): after the new
 * version is published, one deployment in the function's group with an AppSpec built by jq from the step's environment
 * (alias live, its version before the update, the new one), its id a step output, waited for (long enough for the
 * longest configuration), then the smoke test; when the job fails, a deployment still running is stopped with rollback
 * before {@code live} is moved back; no weighted alias step is left; the job's timeout covers the shifts; the workflow
 * passes actionlint, GitHub's workflow parser and shellcheck; an unknown value is a clear spec error.
 */
class GithubTrafficShiftTest {

    private static final String SPEC = """
            forge: 1
            app: shop
            region: us-east-1
            environments: { dev: {} }
            functions:
              api: { runtime: python3.12, handler: app.handler, source: api, deployment: %s }
              worker: { runtime: python3.12, handler: app.handler, source: worker, deployment: canary-10-5m }
            apis:
              public: { type: http, routes: { "GET /health": { to: function:api, open: true } } }
            ci: { github: acme/shop }
            """;

    private static ResolvedSpec resolve(String text) {
        return dev.forge.resolve.Resolver.resolve(dev.forge.bind.Binder.bind(new dev.forge.spec.YamlLoader()
                .load(dev.forge.spec.SpecSource.of("forge.yaml", text))));
    }

    private static String deployYml(String shift) {
        ResolvedSpec spec = resolve(SPEC.formatted(shift));
        return new GithubActionsTarget().synth(new SynthContext(spec, spec.environments(), Optional.empty())).stream()
                .filter(a -> a.path().endsWith("/deploy.yml")).findFirst().orElseThrow().text();
    }

    @Test
    void givenTheShifts_thenTheirStepsAreCodeDeploysPredefinedOnes() {
        assertThat(TrafficShift.ALL_AT_ONCE.steps()).isEmpty();
        assertThat(TrafficShift.CANARY_10_5M.steps()).containsExactly(10);
        assertThat(TrafficShift.CANARY_10_30M.minutes()).isEqualTo(30);
        assertThat(TrafficShift.LINEAR_10_1M.steps()).containsExactly(10, 20, 30, 40, 50, 60, 70, 80, 90);
        assertThat(TrafficShift.LINEAR_10_3M.minutes()).isEqualTo(3);
    }

    @Test
    void givenLinearAndCanary_thenCodeDeployShiftsLiveFromThePreviousToTheNewVersion_thenTheSmokeTest() throws Exception {
        String yml = deployYml("linear-10-1m");
        List<MapNode> steps = steps(yml, "deploy-dev");
        List<String> names = steps.stream().map(WorkflowDocs::name).toList();
        String update = Yaml.text(steps.get(names.indexOf("Update api's code")), "run").orElseThrow();
        assertThat(update).contains("aws lambda publish-version").doesNotContain("update-alias");
        int at = names.indexOf("Update api's code");
        MapNode shift = steps.get(at + 1);
        assertThat(name(shift)).isEqualTo("Shift api through CodeDeploy (CodeDeployDefault.LambdaLinear10PercentEvery1Minute)");
        assertThat(Yaml.text(shift, "id").orElseThrow()).isEqualTo("codedeploy-api");
        // nothing to shift when the publish found the code unchanged (live is on that version already)
        assertThat(Yaml.text(shift, "if").orElseThrow())
                .isEqualTo("steps.update-api.outputs.previous != steps.update-api.outputs.version");
        String run = Yaml.text(shift, "run").orElseThrow();
        assertThat(run).doesNotContain("${{")
                .contains("aws deploy create-deployment --application-name shop-dev --deployment-group-name shop-api-dev"
                        + " --revision \"${REVISION}\" --query deploymentId --output text")
                .contains("echo \"deployment=${DEPLOYMENT}\" >> \"${GITHUB_OUTPUT}\"");
        // the waiter gives up after 30 minutes: asked again, so the longest configuration and CodeDeploy's own work fit
        assertThat(run.split("aws deploy wait deployment-successful --deployment-id \"\\$\\{DEPLOYMENT}\"", -1))
                .hasSize(dev.forge.platform.aws.LambdaDeployments.WAIT_ROUNDS + 1);
        assertThat(Yaml.text(shift, "env", "FUNCTION").orElseThrow()).isEqualTo("shop-api-dev");
        assertThat(Yaml.text(shift, "env", "ALIAS").orElseThrow()).isEqualTo("live");
        assertThat(Yaml.text(shift, "env", "CURRENT").orElseThrow()).isEqualTo("${{ steps.update-api.outputs.previous }}");
        assertThat(Yaml.text(shift, "env", "TARGET").orElseThrow()).isEqualTo("${{ steps.update-api.outputs.version }}");
        // the revision jq builds from that environment is CodeDeploy's AppSpec for Lambda
        assertThat(revision(run)).isEqualTo("{\"revisionType\":\"AppSpecContent\",\"appSpecContent\":{\"content\":"
                + "\"{\\\"version\\\":0.0,\\\"Resources\\\":[{\\\"shop-api-dev\\\":{\\\"Type\\\":\\\"AWS::Lambda::Function\\\","
                + "\\\"Properties\\\":{\\\"Name\\\":\\\"shop-api-dev\\\",\\\"Alias\\\":\\\"live\\\",\\\"CurrentVersion\\\":\\\"7\\\","
                + "\\\"TargetVersion\\\":\\\"8\\\"}}}]}\"}}");
        assertThat(name(steps.get(at + 2))).isEqualTo("Smoke-test api");
        // canary too; no weighted alias steps, no sleeps: CodeDeploy shifts
        assertThat(names).containsSubsequence("Update worker's code",
                "Shift worker through CodeDeploy (CodeDeployDefault.LambdaCanary10Percent5Minutes)", "Smoke-test worker");
        assertThat(names).noneMatch(n -> n.contains(" % to the new version")).noneMatch(n -> n.endsWith("all to the new version"));
        assertThat(yml).doesNotContain("sleep 60").doesNotContain("sleep 300").doesNotContain("--routing-config \"${ROUTING}\"");
        // when the job fails: a deployment still running is stopped (CodeDeploy rolls live back), then live is moved
        // back to the previous version with the weights cleared, as every function's
        for (String fn : List.of("api", "worker")) {
            String stop = "Stop " + fn + "'s CodeDeploy deployment if it still runs";
            MapNode stopStep = steps.get(names.indexOf(stop));
            assertThat(Yaml.text(stopStep, "if").orElseThrow()).isEqualTo("failure() && steps.codedeploy-" + fn
                    + ".outputs.deployment != ''");
            assertThat(Yaml.text(stopStep, "env", "DEPLOYMENT").orElseThrow()).isEqualTo("${{ steps.codedeploy-" + fn
                    + ".outputs.deployment }}");
            assertThat(Yaml.text(stopStep, "run").orElseThrow())
                    .contains("aws deploy get-deployment --deployment-id \"${DEPLOYMENT}\" --query deploymentInfo.status")
                    .contains("InProgress").contains("aws deploy stop-deployment --deployment-id \"${DEPLOYMENT}\" --auto-rollback-enabled");
            MapNode back = steps.get(names.indexOf("Roll " + fn + " back to its previous version"));
            assertThat(Yaml.text(back, "run").orElseThrow()).contains("--function-version \"${PREVIOUS}\"")
                    .contains("--routing-config '{\"AdditionalVersionWeights\":{}}'");
            assertThat(names.indexOf("Roll " + fn + " back to its previous version")).isGreaterThan(names.indexOf(stop));
            assertThat(names.indexOf(stop)).isGreaterThan(names.indexOf("Smoke-test " + fn));
        }
        // an hour plus the shifts: 9 x 1 min (api) + 1 x 5 min (worker), plus the wait for infra.yml's apply
        assertThat(yml).contains("timeout-minutes: " + (74 + InfraWorkflow.LONGEST_APPLY_MINUTES + 10));
    }

    /** The revision the step's jq writes, run with the step's environment (the alias on 7, the new version 8). */
    private static String revision(String run) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("REVISION=\"\\$\\(jq -cn '([^']*)'\\)\"").matcher(run);
        assertThat(m.find()).as("the jq call in: " + run).isTrue();
        ProcessBuilder pb = new ProcessBuilder("jq", "-cn", m.group(1)).redirectErrorStream(true);
        pb.environment().putAll(java.util.Map.of("FUNCTION", "shop-api-dev", "ALIAS", "live", "CURRENT", "7", "TARGET", "8"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void givenAllAtOnce_thenTheUpdateMovesTheAliasAndNoStepShifts() {
        List<String> names = steps(deployYml("all-at-once"), "deploy-dev").stream().map(WorkflowDocs::name).toList();
        assertThat(names).noneMatch(n -> n.startsWith("Shift api")).noneMatch(n -> n.startsWith("Stop api"));
        assertThat(Yaml.text(steps(deployYml("all-at-once"), "deploy-dev").get(names.indexOf("Update api's code")), "run").orElseThrow())
                .contains("update-alias --function-name shop-api-dev --name live --function-version \"${VERSION}\"");
    }

    @Test
    void givenAnUnknownShift_thenTheSpecIsRefusedWithTheAllowedValues() {
        assertThatThrownBy(() -> resolve(SPEC.formatted("canary-50-1m")))
                .hasMessageContaining("canary-50-1m").hasMessageContaining("linear-10-1m");
    }

    @Test
    void givenEveryShift_thenActionlintTheWorkflowParserAndShellcheckFindNothing(@TempDir Path tmp) {
        for (TrafficShift shift : TrafficShift.values()) {
            ResolvedSpec spec = resolve(SPEC.formatted(shift.spelling()));
            List<Artifact> files = new GithubActionsTarget().synth(new SynthContext(spec, spec.environments(), Optional.empty()));
            dev.forge.testkit.Examples.write(files, tmp.resolve(shift.spelling()));
        }
        GhaCheck.Report report = GhaCheck.run(List.of(tmp));
        assertThat(report.findings()).as("findings of actionlint, the workflow parser and shellcheck").isEmpty();
        assertThat(report.scripts()).isGreaterThan(TrafficShift.values().length * 5);
    }
}
