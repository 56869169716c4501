package dev.forge.targets.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.CheckReport;
import dev.forge.check.Checker;
import dev.forge.check.Packs;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Examples;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compose rules (FORGE-CMP-001 healthchecks, -002 loopback ports, -003 pinned images) and the secret scan of every
 * file (FORGE-SEC-001) run on the real compose output of every example and pass; broken output fails them.
 */
class ComposeRulesOnOutputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final List<String> RULES = List.of("FORGE-CMP-001", "FORGE-CMP-002", "FORGE-CMP-003");

    static List<String> examples() {
        return ComposeFixtures.examples();
    }

    static CheckReport check(ResolvedSpec spec, List<Artifact> files) {
        List<Artifact> placed = files.stream().map(a -> a.under("compose")).toList();
        return new Checker(List.of(Packs.byName("baseline").orElseThrow()), TODAY)
                .checkArtifacts(spec, spec.environments(), placed);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExamplesComposeOutput_thenTheComposeRulesAndTheSecretScanPassOnIt(String example) {
        ResolvedSpec spec = ComposeFixtures.resolve(example);

        CheckReport r = check(spec, ComposeFixtures.synth(spec, Examples.ROOT.resolve(example)));

        assertThat(r.findings()).as("findings on the compose output").isEmpty();
        for (String id : RULES) {
            assertThat(r.passed()).as(id + " passed on the output").anyMatch(p -> p.rule().equals(id));
        }
        assertThat(r.passed()).anyMatch(p -> p.rule().equals("FORGE-SEC-001"));
    }

    @Test
    void givenOutputPublishingOnEveryInterfaceWithoutHealthcheckAndLatest_thenEachRuleFailsOnIt() {
        String example = examples().get(0);
        ResolvedSpec spec = ComposeFixtures.resolve(example);
        List<Artifact> broken = ComposeFixtures.synth(spec, Examples.ROOT.resolve(example)).stream().map(a ->
                !a.path().equals("docker-compose.yml") ? a : Artifact.text(a.path(), a.text()
                        .replace("\"127.0.0.1:", "\"")
                        .replace("    healthcheck:\n      interval:", "    x-healthcheck:\n      interval:")
                        .replaceFirst("postgres:16-alpine@sha256:[0-9a-f]{64}", "postgres:latest"))).toList();

        CheckReport r = check(spec, broken);

        assertThat(r.findings()).extracting(f -> f.rule()).contains("FORGE-CMP-001", "FORGE-CMP-002", "FORGE-CMP-003");
    }

    @Test
    void givenADatabaseOnlyComposeRuns_thenTerraformsEncryptionRuleSaysNotApplicable_neverPasses() {
        ResolvedSpec spec = ComposeFixtures.resolve("ai-validation-platform");
        List<Artifact> files = ComposeFixtures.synth(spec, Examples.ROOT.resolve("ai-validation-platform")).stream()
                .map(a -> a.under("compose")).toList();

        CheckReport r = dev.forge.pipeline.Pipeline.checkArtifacts(spec, spec.environments(), List.of("baseline"), files,
                TODAY, List.of(ComposeFixtures.TARGET));

        assertThat(r.passed()).noneMatch(p -> p.rule().equals("FORGE-RDS-001"));
        assertThat(r.notApplicable()).filteredOn(n -> n.rule().equals("FORGE-RDS-001") && n.resource().equals("database:main"))
                .isNotEmpty().allMatch(n -> n.reason().equals("database 'main' is in no output: no selected target of those"
                        + " whose files the rule reads (terraform-aws) renders it"));
        assertThat(r.passed()).anyMatch(p -> p.rule().equals("FORGE-CMP-001"));
    }
}
