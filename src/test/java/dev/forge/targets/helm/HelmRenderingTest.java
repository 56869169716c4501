package dev.forge.targets.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.synth.Rendering;
import dev.forge.synth.Target;
import dev.forge.targets.BuiltinTargets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The chart renders the kubernetes target's objects, so it declares the same fields rendered and the same
 * skips, plus the app's description (Chart.yaml). A change to one declaration without the other fails here, with
 * the difference, before FieldCoverageTest's slower proof.
 */
class HelmRenderingTest {

    @Test
    void givenTheKubernetesTarget_whenTheDeclarationsAreCompared_thenHelmRendersTheSameFieldsAndTheAppsDescription() {
        Rendering kube = BuiltinTargets.byName("kubernetes").map(Target::renders).orElseThrow();
        Rendering helm = new HelmTarget().renders();

        Set<String> expected = new TreeSet<>(kube.fields());
        expected.add("description");
        assertThat(new TreeSet<>(helm.fields())).isEqualTo(expected);
        assertThat(helm.skips()).extracting(Rendering.Skip::why).containsExactlyElementsOf(
                kube.skips().stream().map(s -> s.why().replace("not as Kubernetes workloads", "not in the chart")).toList());
        assertThat(helm.valueSkips()).extracting(Rendering.ValueSkip::why)
                .containsExactlyElementsOf(kube.valueSkips().stream().map(Rendering.ValueSkip::why).toList());
    }
}
