package dev.forge.targets.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Packs;
import dev.forge.check.Result;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hardening of what the chart installs, tied to the rules that demand it: every FORGE-K8S rule of the rule packs
 * (non-root, read-only root filesystem, no privilege escalation, requests and limits, probes, PSS restricted,
 * no service-account token, no hostPath, production images pinned) passes on helm template's output of every
 * environment; and the chart's own files (Go templates, values) never draw a false finding from those rules when
 * forge synth checks them.
 */
class HelmHardeningTest {

    static List<String> examples() {
        return HelmExamples.specs();
    }

    private static List<ArtifactRule> k8sRules() {
        List<ArtifactRule> rules = Packs.allRules().stream().filter(x -> x.id().startsWith("FORGE-K8S-"))
                .filter(ArtifactRule.class::isInstance).map(ArtifactRule.class::cast).toList();
        assertThat(rules).extracting(ArtifactRule::id).contains("FORGE-K8S-001", "FORGE-K8S-002", "FORGE-K8S-003",
                "FORGE-K8S-004", "FORGE-K8S-005", "FORGE-K8S-006", "FORGE-K8S-007", "FORGE-K8S-008");
        return rules;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void givenEveryEnvironment_whenTheChartIsTemplated_thenEveryKubernetesRulePasses(String example, @TempDir Path tmp) {
        ResolvedSpec spec = HelmExamples.resolve(example);
        Path chart = HelmExamples.writeChart(spec, tmp);
        for (ResolvedEnv env : spec.environments()) {
            String yaml = HelmExamples.template(chart, chart.resolve("values-" + env.name() + ".yaml"));
            ParsedArtifact rendered = new ParsedArtifact("helm/" + env.name() + "/rendered.yaml", yaml);
            for (ArtifactRule rule : k8sRules()) {
                assertThat(rule.appliesTo(rendered.path())).as(rule.id()).isTrue();
                Result result = rule.check(rendered);
                assertThat(result.status()).as(rule.id() + " on " + example + "/" + env.name() + ": " + result.violations())
                        .isEqualTo(Result.Status.COMPLIANT);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void givenTheChartsOwnFiles_whenTheKubernetesRulesReadThem_thenNoneIsFlagged(String example) {
        for (Artifact a : HelmExamples.synth(HelmExamples.resolve(example))) {
            ParsedArtifact parsed = ParsedArtifact.of(a.under("helm"));
            for (ArtifactRule rule : k8sRules()) {
                if (rule.appliesTo(parsed.path())) {
                    Result result = rule.check(parsed);
                    assertThat(result.status()).as(rule.id() + " on " + a.path() + ": " + result.violations())
                            .isNotEqualTo(Result.Status.NON_COMPLIANT);
                }
            }
        }
    }
}
