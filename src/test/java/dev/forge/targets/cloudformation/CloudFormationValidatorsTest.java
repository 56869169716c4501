package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.Target;
import dev.forge.targets.BuiltinTargets;
import dev.forge.testkit.Examples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CloudFormation checks of tools/cfn (one node process per run: spec check against AWS's current resource
 * specification, cfn-lint, cfn-guard with the AWS Control Tower rules, Forge's secret/IAM policy) over
 * <ul>
 *   <li>every example x every environment synthesized by the target named {@code cloudformation} through the
 *       pipeline: no finding. Skipped (an assumption, reported as skipped) only while no target of that name is
 *       registered; once {@code forge targets} lists it, the test runs; with them the replica stacks beside an
 *       environment's template ({@code <env>/replica-<region>/}) and src/test/resources/cloudformation/specs/replicas.yaml
 *       (global tables and replicated buckets under every encryption);</li>
 *   <li>the hand-written templates under src/test/resources/cloudformation/valid: no finding;</li>
 *   <li>the mutants under src/test/resources/cloudformation/mutants, each a template with one mistake: exactly the
 *       findings its {@code # expect: <check> <code> <resource>} header lines name, so each checker is shown to
 *       reject what it exists to catch (and nothing else fires).</li>
 * </ul>
 */
class CloudFormationValidatorsTest {

    static final String TARGET = "cloudformation";
    static final Path FIXTURES = Path.of("src/test/resources/cloudformation");
    /** A spec with global tables and replicated buckets under every encryption (CloudFormationReplicasTest reads it too). */
    static final Path REPLICAS = FIXTURES.resolve("specs/replicas.yaml");
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\S+) (\\S+) (\\S+)$", Pattern.MULTILINE);

    private static CfnCheck.Report mutantReport;

    static List<Path> mutants() {
        try (Stream<Path> s = Files.list(FIXTURES.resolve("mutants"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All mutants in one run, shared by the per-mutant tests. */
    static synchronized CfnCheck.Report mutantReport() {
        if (mutantReport == null) {
            mutantReport = CfnCheck.run(List.of(FIXTURES.resolve("mutants")));
            System.out.println("cfn-check over " + mutantReport.templates() + " mutants: " + mutantReport.timings());
        }
        return mutantReport;
    }

    static Set<String> expected(Path mutant) throws IOException {
        Set<String> out = new TreeSet<>();
        Matcher m = EXPECT.matcher(Files.readString(mutant));
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        return out;
    }

    /**
     * {@code -Dforge.cfnOut=DIR} keeps the synthesized templates in DIR (to run {@code node tools/cfn/cfn-check.js DIR}
     * by hand); by default they go to a temporary folder.
     */
    @Test
    void givenEveryExampleAndEnvironment_whenSynthesizedWithTheCloudFormationTarget_thenEveryCheckPasses(@TempDir Path tmp) {
        Path dir = System.getProperty("forge.cfnOut") == null ? tmp : Path.of(System.getProperty("forge.cfnOut"));
        Optional<Target> target = BuiltinTargets.byName(TARGET);
        assumeTrue(target.isPresent(), "no target '" + TARGET + "' is registered yet (BuiltinTargets); this test runs"
                + " as soon as `forge targets` lists it");

        List<String> expectedTemplates = new ArrayList<>();
        for (String example : Examples.names()) {
            ResolvedSpec spec = Examples.resolve(example);
            List<Target> targets = Pipeline.targets(List.of(TARGET), spec);
            if (!targets.get(0).appliesTo(spec)) {
                continue;
            }
            List<Artifact> files = Pipeline.synth(spec, targets, spec.environments());
            dev.forge.testkit.Examples.write(files, dir.resolve(example));
            for (ResolvedEnv env : spec.environments()) {
                assertThat(files).as(example + "/" + env.name() + ": a template of that environment")
                        .anyMatch(a -> a.path().contains("/" + env.name() + "/") && a.path().matches(".*\\.(ya?ml|json|template)")
                                && a.text().contains("Resources"));
                expectedTemplates.add(example + "/" + env.name());
            }
            // the replica stacks beside an environment's template (<env>/replica-<region>/template.yaml) are templates too
            files.stream().filter(a -> a.path().matches(".*/replica-[a-z0-9-]+/template\\.yaml"))
                    .forEach(a -> expectedTemplates.add(example + "/" + a.path()));
        }
        // global tables and bucket replication under every encryption, with the consumers of a global table
        ResolvedSpec replicas = Pipeline.resolve(Pipeline.read(REPLICAS, "replicas.yaml"));
        List<Artifact> replicaFiles = Pipeline.synth(replicas, Pipeline.targets(List.of(TARGET), replicas), replicas.environments());
        List<String> replicaTemplates = replicaFiles.stream().map(Artifact::path).filter(p -> p.endsWith("template.yaml")).toList();
        assertThat(replicaTemplates).as("an environment's template and its replica stacks")
                .contains("cloudformation/prod/template.yaml", "cloudformation/prod/replica-us-east-1/template.yaml",
                        "cloudformation/prod/replica-eu-central-1/template.yaml");
        dev.forge.testkit.Examples.write(replicaFiles, dir.resolve("replicas"));
        replicaTemplates.forEach(p -> expectedTemplates.add("replicas/" + p));
        assertThat(expectedTemplates).as("examples the target applies to").isNotEmpty();
        // and an environment over 500 resources: a parent stack of nested stacks, checked like the others
        ResolvedSpec big = Pipeline.resolve(dev.forge.spec.SpecSource.of("forge.yaml",
                dev.forge.cli.CloudFormationLimitCliTest.bigSpec(60)));
        List<Artifact> bigFiles = Pipeline.synth(big, Pipeline.targets(List.of(TARGET), big), big.environments());
        assertThat(bigFiles).anyMatch(a -> a.path().endsWith("dev/template-part-2.yaml"));
        dev.forge.testkit.Examples.write(bigFiles, dir.resolve("nested"));
        expectedTemplates.add("nested/dev");
        // and the API Gateway shapes no example has: a REST API's domain, firewall, root and $default routes and
        // brought user pool; HTTP APIs signing in with a user pool Forge creates and with a brought one
        ResolvedSpec apis = Pipeline.resolve(Pipeline.read(FIXTURES.resolve("specs/api-gateway.yaml"), "api-gateway.yaml"));
        List<Artifact> apiFiles = Pipeline.synth(apis, Pipeline.targets(List.of(TARGET), apis), apis.environments());
        assertThat(apiFiles).anyMatch(a -> a.path().endsWith("prod/template.yaml") && a.text().contains("ApiShopWebAclAssociation"));
        dev.forge.testkit.Examples.write(apiFiles, dir.resolve("api-gateway"));
        apis.environments().forEach(e -> expectedTemplates.add("api-gateway/" + e.name()));

        CfnCheck.Report report = CfnCheck.run(List.of(dir));
        System.out.println("cfn-check over " + report.templates() + " templates (" + report.resources() + " resources) of "
                + expectedTemplates.size() + " example environments: " + report.timings());

        assertThat(report.templates()).isGreaterThanOrEqualTo(expectedTemplates.size());
        assertThat(report.findings()).as("findings of the spec check, cfn-lint, cfn-guard and the policy check").isEmpty();
    }

    @Test
    void givenTheHandWrittenTemplates_whenChecked_thenNoCheckFindsAnythingAndSuppressionsAreHonoured() {
        CfnCheck.Report report = CfnCheck.run(List.of(FIXTURES.resolve("valid")));
        System.out.println("cfn-check over " + report.templates() + " fixture templates: " + report.timings());

        assertThat(report.templates()).isGreaterThanOrEqualTo(1);
        assertThat(report.findings()).isEmpty();
        assertThat(report.json().get("guard").get("suppressed")).as("documented guard suppressions applied").hasSize(2);
        assertThat(report.json().get("guard").get("ruleFiles").asInt()).as("Control Tower rule files").isGreaterThanOrEqualTo(81);
        // Lambda's LoggingConfig (2023) is newer than cfnspec 2.72.1: cfn-lint's complaint is set aside only because
        // AWS's current specification defines it, and the spec check holds it to that specification
        assertThat(report.json().get("lint").get("stale").toString()).contains("LoggingConfig is not a valid property");
    }

    @ParameterizedTest
    @MethodSource("mutants")
    void givenAMutant_whenChecked_thenExactlyTheFindingsItsHeaderExpects(Path mutant) throws IOException {
        Set<String> expected = expected(mutant);
        assertThat(expected).as(mutant + " names its expected findings in '# expect:' lines").isNotEmpty();

        List<CfnCheck.Finding> findings = mutantReport().in(mutant);
        Set<String> actual = new TreeSet<>();
        findings.forEach(f -> actual.add(f.check() + " " + f.code() + " " + (f.resource().isEmpty() ? "-" : f.resource())));

        assertThat(actual).as(findings.toString()).isEqualTo(expected);
    }

    @Test
    void givenTheMutants_thenEachCheckerRejectsTheMistakesItExistsFor() throws IOException {
        Set<String> all = new TreeSet<>();
        for (Path m : mutants()) {
            expected(m).forEach(e -> all.add(m.getFileName() + " " + e));
        }
        assertThat(all).anyMatch(e -> e.startsWith("unknown-property.yaml spec CFN-UNKNOWN-PROPERTY"))
                .anyMatch(e -> e.startsWith("unknown-property.yaml lint CFN-LINT"))
                .anyMatch(e -> e.startsWith("missing-required.yaml spec CFN-MISSING-REQUIRED"))
                .anyMatch(e -> e.startsWith("missing-required.yaml lint CFN-LINT"))
                .anyMatch(e -> e.startsWith("bad-enum.yaml spec CFN-BAD-ENUM"))
                .anyMatch(e -> e.startsWith("dangling-ref.yaml spec CFN-DANGLING-REF"))
                .anyMatch(e -> e.startsWith("dangling-ref.yaml lint CFN-LINT"))
                .anyMatch(e -> e.startsWith("unsuppressed-guard-failure.yaml guard CFN-GUARD"))
                .anyMatch(e -> e.startsWith("suppression-without-reason.yaml guard CFN-GUARD-SUPPRESSION"))
                .anyMatch(e -> e.startsWith("plaintext-secret-value.yaml policy CFN-PLAINTEXT-SECRET"))
                .anyMatch(e -> e.startsWith("iam-wildcard-action.yaml policy CFN-IAM-WILDCARD-ACTION"));
    }

}
