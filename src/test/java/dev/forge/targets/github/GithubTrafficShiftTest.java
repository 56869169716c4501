package dev.forge.targets.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.Yaml;
import dev.forge.model.TrafficShift;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.MapNode;
import dev.forge.spec.Node;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A function's {@code deployment} (traffic shift) in deploy.yml: all at once by default (the examples' goldens);
 * canary and linear as weighted alias steps (Lambda routing config), each followed by the interval and the smoke test,
 * then every request to the new version; the rollback clears the weights; the job's timeout grows by the waits; the
 * workflow passes actionlint, GitHub's workflow parser and shellcheck; an unknown value is a clear spec error.
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

    private static List<MapNode> steps(String yml) {
        MapNode job = (MapNode) Yaml.map(new ParsedArtifact("deploy.yml", yml).yamlDocuments().get(0), "jobs").orElseThrow()
                .get("deploy-dev").orElseThrow();
        List<MapNode> out = new ArrayList<>();
        for (Node n : Yaml.list(job, "steps")) {
            out.add((MapNode) n);
        }
        return out;
    }

    private static String name(MapNode step) {
        return Yaml.text(step, "name").orElse("");
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
    void givenLinearAndCanary_thenTheAliasMovesInWeightedStepsEachCheckedAfterItsInterval_thenAll() {
        String yml = deployYml("linear-10-1m");
        List<MapNode> steps = steps(yml);
        List<String> names = steps.stream().map(GithubTrafficShiftTest::name).toList();
        String update = Yaml.text(steps.get(names.indexOf("Update api's code")), "run").orElseThrow();
        assertThat(update).contains("aws lambda publish-version").doesNotContain("update-alias");
        int at = names.indexOf("Update api's code");
        for (int w = 10; w < 100; w += 10) {
            MapNode shift = steps.get(++at);
            assertThat(name(shift)).isEqualTo("Shift api: " + w + " % to the new version for 1 min");
            assertThat(Yaml.text(shift, "run").orElseThrow()).contains("aws lambda update-alias --function-name shop-api-dev"
                    + " --name live --routing-config \"${ROUTING}\"").contains("sleep 60");
            assertThat(Yaml.text(shift, "env", "ROUTING").orElseThrow()).isEqualTo("{\"AdditionalVersionWeights\":{\""
                    + "${{ steps.update-api.outputs.version }}\":" + String.format(java.util.Locale.ROOT, "%.1f", w / 100.0) + "}}");
            assertThat(name(steps.get(++at))).isEqualTo("Smoke-test api at " + w + " %");
            assertThat(Yaml.text(steps.get(at), "run").orElseThrow()).contains("curl --fail");
        }
        assertThat(name(steps.get(++at))).isEqualTo("Shift api: all to the new version");
        assertThat(Yaml.text(steps.get(at), "run").orElseThrow()).contains("--function-version \"${VERSION}\"")
                .contains("--routing-config '{\"AdditionalVersionWeights\":{}}'");
        assertThat(name(steps.get(++at))).isEqualTo("Smoke-test api");
        // canary: one step of 10 % for 5 minutes
        assertThat(names).containsSubsequence("Update worker's code", "Shift worker: 10 % to the new version for 5 min",
                "Smoke-test worker at 10 %", "Shift worker: all to the new version", "Smoke-test worker");
        assertThat(Yaml.text(steps.get(names.indexOf("Shift worker: 10 % to the new version for 5 min")), "run").orElseThrow())
                .contains("sleep 300");
        // the rollback puts every request back on the previous version, weights cleared
        for (String fn : List.of("api", "worker")) {
            MapNode back = steps.get(names.indexOf("Roll " + fn + " back to its previous version"));
            assertThat(Yaml.text(back, "run").orElseThrow()).contains("--function-version \"${PREVIOUS}\"")
                    .contains("--routing-config '{\"AdditionalVersionWeights\":{}}'");
            assertThat(names.indexOf("Roll " + fn + " back to its previous version")).isGreaterThan(names.indexOf("Smoke-test " + fn));
        }
        // an hour plus the waits: 9 x 1 min (api) + 1 x 5 min (worker), plus the wait for infra.yml's apply
        assertThat(yml).contains("timeout-minutes: " + (74 + InfraWorkflow.LONGEST_APPLY_MINUTES + 10));
    }

    @Test
    void givenAllAtOnce_thenTheUpdateMovesTheAliasAndNoStepShifts() {
        List<String> names = steps(deployYml("all-at-once")).stream().map(GithubTrafficShiftTest::name).toList();
        assertThat(names).noneMatch(n -> n.startsWith("Shift api"));
        assertThat(Yaml.text(steps(deployYml("all-at-once")).get(names.indexOf("Update api's code")), "run").orElseThrow())
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
