package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Golden;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example the target applies to, every environment: a template, a parameters file and a tags file per
 * environment and a README; every reference resolves inside its template; the output is deterministic and matches
 * its golden files. (The resource specification, cfn-lint and cfn-guard run in CloudFormationValidatorsTest.)
 */
class CloudFormationExamplesTest {

    static List<String> examples() {
        return CloudFormationExamples.names();
    }

    @Test
    void givenTheExamples_thenTheTargetAppliesToEveryOneWithAwsResources() {
        assertThat(examples()).containsExactly("ai-validation-platform", "forge-platform", "site-builder", "trip-assistant");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenEachEnvironmentHasATemplateParametersAndTags(String example) {
        List<String> paths = CloudFormationExamples.synth(example).stream().map(Artifact::path).toList();

        assertThat(paths).contains("README.md");
        for (ResolvedEnv env : CloudFormationExamples.resolve(example).environments()) {
            assertThat(paths).contains(env.name() + "/template.yaml", env.name() + "/parameters.json", env.name() + "/tags.json");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenEveryRefGetAttSubAndDependsOnNamesSomethingOfItsTemplate(String example) {
        CloudFormationExamples.templates(example).forEach((env, t) -> {
            Set<String> defined = new TreeSet<>(t.resources().keySet());
            defined.addAll(t.parameters().keySet());
            defined.addAll(((dev.forge.emit.yaml.YamlMap) t.toTree().entries().getOrDefault("Conditions",
                    new dev.forge.emit.yaml.YamlMap())).keys());
            Set<String> dangling = new TreeSet<>(t.references());
            dangling.removeAll(defined);
            assertThat(dangling).as(example + "/" + env + ": references to nothing").isEmpty();
            assertThat(t.resources().size()).as(example + "/" + env + ": CloudFormation's limit").isLessThanOrEqualTo(Template.MAX_RESOURCES);
        });
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesizedTwice_thenTheBytesAreTheSame(String example) {
        assertThat(CloudFormationExamples.synth(example)).isEqualTo(CloudFormationExamples.synth(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenSynthesized_thenItMatchesItsGoldenFiles(String example) {
        Golden.assertMatches(Golden.ROOT.resolve(example).resolve("cloudformation"), CloudFormationExamples.synth(example));
    }
}
