package dev.forge.targets.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * values.schema.json makes helm refuse bad values before anything is rendered (helm template and install run the
 * same check): each bad file below is the environment's own values plus one override, given after it with -f.
 */
class HelmValuesSchemaTest {

    @TempDir
    static Path tmp;
    static Path chart;

    @BeforeAll
    static void chart() {
        chart = HelmExamples.writeChart(HelmExamples.resolve("forge-platform"), tmp);
    }

    private static String template(String override) throws IOException {
        Path bad = Files.createTempFile(tmp, "override", ".yaml");
        Files.writeString(bad, override);
        return new Helm(chart).template().withName("release").withKubeVersion("1.31.0")
                .withValuesFile(chart.resolve("values-dev.yaml")).withValuesFile(bad).call();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative replicas|services: { api: { replicas: -1 } }|at '/services/api/replicas': minimum: got -1, want 0",
            "replicas as text|services: { api: { replicas: two } }|at '/services/api/replicas': got string, want integer",
            "unknown key at the top|replica: 3|additional properties 'replica' not allowed",
            "unknown key in a service|services: { api: { replics: 3 } }|additional properties 'replics' not allowed",
            "port out of range|services: { api: { port: 70000 } }|at '/services/api/port': maximum: got 70,000, want 65,535",
            "unknown service type|services: { api: { service: { type: Internal } } }|at '/services/api/service/type'",
            "digest that is no sha256|services: { api: { image: { digest: latest } } }|at '/services/api/image/digest'",
            "a variable without a value or store|services: { api: { env: [ { name: X } ] } }|at '/services/api/env/0'",
            "autoscaling above 100 percent|services: { api: { autoscaling: { minReplicas: 1, maxReplicas: 2, cpuUtilization: 150 } } }|at '/services/api/autoscaling/cpuUtilization'",
            "bad label value type|commonLabels: { team: 5 }|at '/commonLabels/team': got number, want string",
    })
    void givenValuesThatBreakTheSchema_whenTemplated_thenHelmRefusesThemNamingTheField(String why, String override,
                                                                                      String error) {
        assertThatThrownBy(() -> template(override)).as(why)
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining(error);
    }

    @Test
    void givenTheEnvironmentsOwnValues_whenTemplated_thenHelmAcceptsThem() throws IOException {
        assertThat(template("{}")).contains("kind: Deployment");
    }
}
