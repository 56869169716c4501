package dev.forge.targets.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** helm lint --strict (helm 3 inside helm-java) passes for every example's chart, and renders every environment. */
class HelmLintTest {

    static List<String> examples() {
        return HelmExamples.specs();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenLintedStrictly_thenHelmReportsNoFailure(String example, @TempDir Path tmp) {
        Path chart = HelmExamples.writeChart(HelmExamples.resolve(example), tmp);

        LintResult r = new Helm(chart).lint().strict().call();

        assertThat(r.isFailed()).as(String.join("\n", r.getMessages())).isFalse();
        assertThat(r.getMessages()).as("lint messages").noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    /**
     * Lint reads only values.yaml, so each environment is linted as its own chart copy whose values.yaml is that
     * environment's values after the defaults; and helm template renders it (a missing required value is only an
     * INFO for lint).
     */
    @ParameterizedTest
    @MethodSource("examples")
    void givenEveryEnvironment_whenLintedAndTemplated_thenHelmAcceptsIt(String example, @TempDir Path tmp) throws IOException {
        ResolvedSpec spec = HelmExamples.resolve(example);
        Path chart = HelmExamples.writeChart(spec, tmp.resolve("chart"));
        for (ResolvedEnv env : spec.environments()) {
            Path values = chart.resolve("values-" + env.name() + ".yaml");
            Path copy = tmp.resolve(env.name());
            dev.forge.testkit.Trees.copy(chart, copy);
            dev.forge.emit.yaml.YamlMap merged = ChartValues.defaults();
            ChartValues.of(env).entries().forEach(merged::put);
            Files.writeString(copy.resolve("values.yaml"), dev.forge.emit.yaml.YamlPrinter.print(merged));
            LintResult r = new Helm(copy).lint().strict().call();
            assertThat(r.isFailed()).as(env.name() + "\n" + String.join("\n", r.getMessages())).isFalse();

            String rendered = HelmExamples.template(chart, values);
            List<Map<String, Object>> docs = HelmExamples.documents(rendered);
            assertThat(docs).as(env.name()).isNotEmpty();
        }
    }

    /** The lint check is not vacuous: a template calling an unknown function fails strict lint. */
    @org.junit.jupiter.api.Test
    void givenABrokenTemplate_whenLinted_thenHelmFails(@TempDir Path tmp) throws IOException {
        Path chart = HelmExamples.writeChart(HelmExamples.resolve("forge-platform"), tmp);
        Path deployment = chart.resolve("templates/deployment.yaml");
        Files.writeString(deployment, Files.readString(deployment).replace("{{- if $w.enabled }}",
                "{{- if $w.enabled | noSuchFunction }}"));

        LintResult r = new Helm(chart).lint().strict().call();

        assertThat(r.isFailed()).isTrue();
        assertThat(String.join("\n", r.getMessages())).contains("noSuchFunction");
    }
}
