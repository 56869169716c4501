package dev.forge.targets.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.Release;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** helm install (client-only dry run, no cluster) accepts an environment's values and prints NOTES.txt. */
class HelmNotesTest {

    @Test
    void givenTheProdValues_whenInstalledAsADryRun_thenTheNotesNameTheRolloutsJobsAndTheSecretsPrerequisite(@TempDir Path tmp) {
        Path chart = HelmExamples.writeChart(HelmExamples.resolve("ai-validation-platform"), tmp);

        Release r = new Helm(chart).install().withName("ai-validation-platform").clientOnly().dryRun()
                .withKubeVersion("1.31.0").withValuesFile(chart.resolve("values-prod.yaml")).call();

        assertThat(r.getOutput())
                .contains("kubectl -n ai-validation-platform-prod rollout status deployment/api")
                .contains("kubectl -n ai-validation-platform-prod rollout status deployment/web")
                .contains("Jobs:")
                .contains("External Secrets Operator")
                .contains("(environment: prod)");
    }
}
