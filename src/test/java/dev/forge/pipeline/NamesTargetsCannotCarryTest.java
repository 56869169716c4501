package dev.forge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: names the targets cannot carry are refused at validate, with the location, both locations of a
 * clash, and a fix; before this, Terraform rejected the output (`variable "count"`) or one setting was dropped.
 */
class NamesTargetsCannotCarryTest {

    private static final String HEAD = "forge: 1\napp: demo\nenvironments: { dev: {}, prod: {} }\n";

    private static List<String> errors(String text) {
        SpecException e = catchThrowableOfType(SpecException.class,
                () -> Pipeline.resolve(SpecSource.of("forge.yaml", text)));
        assertThat(e).as("the spec should be refused").isNotNull();
        return e.diagnostics().stream().map(Diagnostic::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"count", "for-each", "depends-on", "lifecycle", "locals", "provider", "providers", "source",
            "version"})
    void secretNamedLikeATerraformReservedVariable_isRefused(String name) {
        assertThat(errors(HEAD + "secrets:\n  " + name + ": {}\n")).containsExactly("forge.yaml:5:3 FORGE-E120"
                + " secret '" + name + "' becomes Terraform variable '" + name.replace('-', '_') + "' in target"
                + " terraform-aws, a name Terraform reserves for its own meta-arguments\n"
                + "  fix: Rename the secret, e.g. '" + name + "-secret'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"region", "environment", "source-root", "image-tag", "vpc-id", "secret-versions"})
    void secretNamedLikeAnInputOfTheEnvironmentRoot_isRefused(String name) {
        assertThat(errors(HEAD + "secrets:\n  " + name + ": {}\n")).containsExactly("forge.yaml:5:3 FORGE-E120"
                + " secret '" + name + "' becomes Terraform variable '" + name.replace('-', '_') + "' in target"
                + " terraform-aws, a name each environment root already declares as its own input\n"
                + "  fix: Rename the secret, e.g. '" + name + "-secret'.");
    }

    @Test
    void secretAndParameterWithOneName_areReportedTogether_withBothLocations() {
        assertThat(errors(HEAD + "secrets:\n  x: {}\nparameters:\n  x: { value: \"1\" }\n")).containsExactly(
                "forge.yaml:7:3 FORGE-E116 secret 'x' (line 5:3) and parameter 'x' (line 7:3) would share the store"
                        + " path '/demo/<environment>/x'\n  fix: Rename one of them.");
    }

    @Test
    void envEntryClashingWithAConnectionVariable_isReported_withBothLocations() {
        assertThat(errors(HEAD + "tables:\n  cache: { key: id }\nfunctions:\n  api:\n    runtime: python3.12\n"
                + "    handler: app.handler\n    source: src\n    uses: [table:cache]\n"
                + "    env: { CACHE_TABLE_NAME: hello }\n")).containsExactly(
                "forge.yaml:12:30 FORGE-E116 function 'api' gets environment variable 'CACHE_TABLE_NAME' twice: from"
                        + " its env: entry (line 12:30) and from uses: table:cache (line 11:12); one would silently"
                        + " replace the other\n  fix: Rename the env: entry.");
    }

    @Test
    void twoConnectionVariablesWithOneName_areReported_withBothLocations() {
        assertThat(errors(HEAD + "secrets:\n  db: { variable: ORDERS_TABLE_NAME }\ntables:\n  orders: { key: id }\n"
                + "functions:\n  api:\n    runtime: python3.12\n    handler: app.handler\n    source: src\n"
                + "    uses: [secret:db, table:orders]\n")).containsExactly(
                "forge.yaml:13:23 FORGE-E116 function 'api' gets environment variable 'ORDERS_TABLE_NAME' twice: from"
                        + " uses: table:orders (line 13:23) and from uses: secret:db (line 13:12); one would silently"
                        + " replace the other\n  fix: Rename one with `as NAME` in uses: (e.g. `secret:db as OTHER_NAME`), or"
                        + " set `variable:` on the secret or parameter.");
    }

    @Test
    void ssmSecretAndParameterBothDefaultingToOneVariable_areReported() {
        assertThat(errors(HEAD + "secrets:\n  api-key: { store: ssm }\nparameters:\n  api-key-value: {}\n"
                + "  other: { variable: API_KEY_PARAMETER }\nfunctions:\n  api:\n    runtime: python3.12\n"
                + "    handler: app.handler\n    source: src\n    uses: [secret:api-key, parameter:other]\n"))
                .singleElement().asString().startsWith("forge.yaml:14:28 FORGE-E116 function 'api' gets environment"
                        + " variable 'API_KEY_PARAMETER' twice: from uses: parameter:other (line 14:28) and from uses:"
                        + " secret:api-key (line 14:12)");
    }

    @Test
    void envEntryNamedEnvironment_isReported() {
        assertThat(errors(HEAD + "functions:\n  api:\n    runtime: python3.12\n    handler: app.handler\n"
                + "    source: src\n    env: { ENVIRONMENT: staging }\n")).singleElement().asString()
                .startsWith("forge.yaml:9:25 FORGE-E116 function 'api' sets environment variable 'ENVIRONMENT' (line"
                        + " 9:25), which is set by Forge");
    }
}
