package dev.forge.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.pipeline.Pipeline;
import dev.forge.spec.SpecSource;
import org.junit.jupiter.api.Test;

/** A schedule's payload is written as it is into the generated files: a secret in it is refused, never echoed. */
class TriggerPayloadSecretTest {

    private static String spec(String payload) {
        return """
                forge: 1
                app: report
                environments: { dev: {} }
                functions:
                  report:
                    runtime: python3.12
                    handler: app.handler
                    source: src
                    triggers:
                      - schedule: "0 3 * * *"
                        payload: '%s'
                """.formatted(payload);
    }

    @Test
    void aSecretNamedKeyWithAValue_atAnyDepth_isRefusedWithoutShowingIt() {
        for (String payload : new String[] {"{\"task\": \"report\", \"db_password\": \"hunter2-Pa55word\"}",
                "{\"task\": \"report\", \"auth\": {\"api_key\": \"hunter2-Pa55word\"}}",
                "{\"targets\": [{\"client_secret\": \"hunter2-Pa55word\"}]}"}) {
            assertThatThrownBy(() -> Pipeline.resolve(SpecSource.of("report.yaml", spec(payload))))
                    .as(payload).isInstanceOfSatisfying(SpecException.class, e -> {
                        assertThat(e.diagnostics()).hasSize(1);
                        Diagnostic d = e.diagnostics().get(0);
                        assertThat(d.code()).isEqualTo("FORGE-E117");
                        assertThat(d.location().line()).isEqualTo(11);
                        assertThat(d.message()).contains("functions.report.triggers[0].payload: key '")
                                .doesNotContain("hunter2-Pa55word");
                        assertThat(d.fix()).contains("declare it under `secrets:`");
                    });
        }
    }

    @Test
    void configurationAboutASecret_andPlainKeys_areAccepted() {
        assertThat(Pipeline.resolve(SpecSource.of("report.yaml",
                spec("{\"task\": \"report\", \"token_ttl\": 3600, \"password_min_length\": \"12\"}"))).environments()).hasSize(1);
    }
}
