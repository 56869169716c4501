package dev.forge.targets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every job that sets up Terraform installs one pinned release (not the action's default {@code latest}: the plan a
 * pull request shows and the apply after it come from the same release, and a new major release reaches no apply
 * unreviewed), and that release satisfies the {@code required_version} of every root and module terraform-aws writes
 * for the same spec: the workflows are read back, not the constant that writes them.
 */
class TerraformCliVersionTest {

    private static final Pattern REQUIRED = Pattern.compile("required_version\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern RELEASE = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    static List<String> examples() {
        return Examples.names().stream().filter(e -> Examples.resolve(e).environments().get(0).spec().ci() != null)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everySetupTerraformStep_pinsOneReleaseThatTheEmittedRootsAccept(String example) {
        ResolvedSpec spec = Examples.resolve(example);
        List<Artifact> files = Pipeline.synth(spec, List.of(BuiltinTargets.byName("terraform-aws").orElseThrow(),
                BuiltinTargets.byName("github-actions").orElseThrow()), spec.environments());
        List<String> constraints = new ArrayList<>();
        List<String> pinned = new ArrayList<>();
        for (Artifact a : files) {
            if (a.path().startsWith("terraform-aws/") && a.path().endsWith(".tf")) {
                Matcher m = REQUIRED.matcher(a.text());
                while (m.find()) {
                    constraints.add(m.group(1));
                }
            }
            if (a.path().startsWith("github-actions/.github/workflows/") && a.path().endsWith(".yml")) {
                pinned.addAll(setupTerraformVersions(a));
            }
        }
        if (pinned.isEmpty()) {
            return; // no job of this example runs Terraform (CloudFormation only, or nothing to deploy)
        }
        assertThat(pinned).as("terraform_version of every setup-terraform step").allMatch(v -> RELEASE.matcher(v).matches())
                .containsOnly(pinned.get(0));
        assertThat(constraints).as("required_version in terraform-aws's files").isNotEmpty();
        for (String c : constraints) {
            assertThat(satisfies(pinned.get(0), c)).as("%s satisfies %s", pinned.get(0), c).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> setupTerraformVersions(Artifact a) {
        Map<String, Object> wf = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(a.text());
        List<String> out = new ArrayList<>();
        for (Object job : ((Map<String, Object>) wf.get("jobs")).values()) {
            for (Object step : (List<Object>) ((Map<String, Object>) job).getOrDefault("steps", List.of())) {
                Map<String, Object> s = (Map<String, Object>) step;
                if (String.valueOf(s.get("uses")).startsWith("hashicorp/setup-terraform@")) {
                    Map<String, Object> with = (Map<String, Object>) s.getOrDefault("with", Map.of());
                    out.add(String.valueOf(with.get("terraform_version")));
                }
            }
        }
        return out;
    }

    /** A version against a constraint of comma-separated {@code >=, >, <=, <, =, ~>} terms (Terraform's syntax). */
    static boolean satisfies(String version, String constraint) {
        for (String term : constraint.split(",")) {
            Matcher m = Pattern.compile("\\s*(>=|<=|~>|>|<|=|!=)?\\s*(\\d+(?:\\.\\d+){0,2})\\s*").matcher(term);
            assertThat(m.matches()).as("a constraint term this test reads: '%s'", term).isTrue();
            String op = m.group(1) == null ? "=" : m.group(1);
            int cmp = compare(version, m.group(2));
            boolean ok = switch (op) {
                case ">=" -> cmp >= 0;
                case ">" -> cmp > 0;
                case "<=" -> cmp <= 0;
                case "<" -> cmp < 0;
                case "!=" -> cmp != 0;
                case "~>" -> cmp >= 0 && withinPessimistic(version, m.group(2));
                default -> cmp == 0;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean withinPessimistic(String version, String bound) {
        String[] b = bound.split("\\.");
        String[] v = version.split("\\.");
        for (int i = 0; i < b.length - 1; i++) {
            if (!b[i].equals(v[i])) {
                return false;
            }
        }
        return true;
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int l = i < x.length ? Integer.parseInt(x[i]) : 0;
            int r = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (l != r) {
                return Integer.compare(l, r);
            }
        }
        return 0;
    }
}
