package dev.forge.targets.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Examples;
import dev.forge.testkit.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every example with services or jobs, every environment: each Cloud Run file passes the Knative serving schema and
 * the unknown-field walk of tools/knative (one node process over all files), cloudbuild.yaml passes the checker
 * written from the Cloud Build reference, the output is deterministic and matches its golden files, and every
 * workload gets exactly the env contract's variable names.
 */
class GcpExamplesTest {

    static final GcpTarget TARGET = new GcpTarget();
    private static final YAMLMapper YAML = new YAMLMapper();

    static List<String> examples() {
        return Examples.namesFor(TARGET);
    }

    static List<Artifact> synth(String example) {
        return Examples.synth(TARGET, example);
    }

    @Test
    void givenTheExamples_thenTheTargetAppliesExactlyToTheOnesWithServicesOrJobs() {
        assertThat(examples()).containsExactly("ai-validation-platform", "forge-platform");
    }

    @Test
    void givenEveryExampleAndEnvironment_whenTheCloudRunFilesAreChecked_thenKnativeSchemasAndUnknownFieldChecksFindNothing(
            @TempDir Path dir) {
        List<Path> roots = new ArrayList<>();
        int files = 0;
        for (String example : examples()) {
            List<Artifact> out = synth(example);
            roots.add(Examples.write(out, dir.resolve(example)).resolve("run"));
            files += (int) out.stream().filter(a -> a.path().startsWith("run/")).count();
        }

        KnativeCheck.Report r = KnativeCheck.run(roots);

        assertThat(r.findings()).isEmpty();
        assertThat(r.json().get("files").asInt()).isEqualTo(files);
        assertThat(r.json().get("kinds").get("Service").asInt()).as("services checked").isPositive();
        assertThat(r.json().get("kinds").get("Job").asInt()).as("jobs checked").isPositive();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenCloudbuildYamlIsChecked_thenTheCloudBuildReferenceCheckFindsNothing(String example) {
        String yaml = file(synth(example), "cloudbuild.yaml");

        assertThat(CloudBuildCheck.check(yaml)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesizedTwice_thenTheBytesAreTheSame(String example) {
        assertThat(synth(example)).isEqualTo(synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenItMatchesItsGoldenFiles(String example) {
        // terraform/ has its own golden files, for every example (GcpTerraformExamplesTest: golden/<example>/gcp-terraform)
        Golden.assertMatches(Golden.ROOT.resolve(example).resolve("gcp"),
                synth(example).stream().filter(a -> !a.path().startsWith("terraform/")).toList());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenEveryWorkloadGetsTheEnvContractsVariableNames_theSameAsOnKubernetes(String example) {
        ResolvedSpec spec = Examples.resolve(example);
        List<Artifact> out = synth(example);
        for (ResolvedEnv env : spec.environments()) {
            for (Ref ref : EnvContract.principals(env.spec())) {
                if (ref.kind() == Kind.FUNCTION) {
                    continue;
                }
                String file = "run/" + env.name() + "/" + (ref.kind() == Kind.SERVICE ? "service-" : "job-") + ref.name()
                        + ".yaml";
                JsonNode container = containers(YAML.readTree(file(out, file))).get(0);
                List<String> names = new ArrayList<>();
                container.path("env").forEach(e -> names.add(e.get("name").asString()));
                List<String> expected = EnvContract.of(env, ref).stream().map(v -> v.name()).toList();
                List<String> kubernetes = dev.forge.platform.kubernetes.Workloads.of(env).stream()
                        .filter(w -> w.ref().equals(ref)).findFirst().orElseThrow().env().stream()
                        .map(v -> v.name()).toList();

                assertThat(names).as(example + " " + env.name() + " " + ref).isEqualTo(expected)
                        .as("the kubernetes target's names").isEqualTo(kubernetes);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenNoSecretValueIsWrittenOnlyReferencedFromSecretManager(String example) {
        ResolvedSpec spec = Examples.resolve(example);
        List<Artifact> out = synth(example);
        for (ResolvedEnv env : spec.environments()) {
            for (Ref ref : EnvContract.principals(env.spec())) {
                if (ref.kind() == Kind.FUNCTION) {
                    continue;
                }
                String file = "run/" + env.name() + "/" + (ref.kind() == Kind.SERVICE ? "service-" : "job-") + ref.name()
                        + ".yaml";
                Map<String, JsonNode> vars = new TreeMap<>();
                containers(YAML.readTree(file(out, file))).get(0).path("env")
                        .forEach(e -> vars.put(e.get("name").asString(), e));
                EnvContract.of(env, ref).stream().filter(v -> v.isSecretValue()).forEach(v -> {
                    JsonNode ref2 = vars.get(v.name()).path("valueFrom").path("secretKeyRef");
                    assertThat(vars.get(v.name()).has("value")).as(v.name()).isFalse();
                    assertThat(ref2.get("key").asString()).isEqualTo("latest");
                });
            }
        }
    }

    static JsonNode containers(JsonNode o) {
        return o.get("kind").asString().equals("Service") ? o.at("/spec/template/spec/containers")
                : o.at("/spec/template/spec/template/spec/containers");
    }

    static String file(List<Artifact> out, String path) {
        return out.stream().filter(a -> a.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " in " + out)).text();
    }

    static void write(Path p, String text) throws java.io.IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
