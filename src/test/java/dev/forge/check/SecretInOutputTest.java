package dev.forge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.bind.SecretScannerTest;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.rules.secrets.SecretInOutput;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9: FORGE-SEC-001 finds every credential format in a generated file, by line, without quoting it. */
class SecretInOutputTest {

    static Stream<Arguments> formats() {
        return Arrays.stream(SecretScannerTest.FORMATS).map(f -> Arguments.of(f[0], f[1]));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyFormat_inMainTf_isAViolationOnItsLine(String value, String kind) {
        String tf = "resource \"aws_lambda_function\" \"api\" {\n  environment {\n    variables = {\n      X = \""
                + value + "\"\n    }\n  }\n}\n";
        Result r = new SecretInOutput().check(new ParsedArtifact("modules/lambda/main.tf", tf));
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(4);
            assertThat(v.message()).isEqualTo("line 4 holds " + kind + " (not shown)");
        });
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyFormat_inTheModelJson_isAViolation(String value, String kind) {
        String json = "{\n  \"env\": {\n    \"X\": \"" + value.replace("\"", "\\\"") + "\"\n  }\n}\n";
        Result r = new SecretInOutput().check(new ParsedArtifact("model/dev.json", json));
        assertThat(r.violations()).extracting(Violation::line).containsExactly(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"source = \"https://registry.terraform.io/hashicorp/aws\"", "LOG_LEVEL = \"info\"",
        "# Basic authentication is not configured", "url = \"postgres://${var.host}:5432/app\"",
        "password_wo = ephemeral.aws_secretsmanager_random_password.this.random_password"})
    void ordinaryLines_areCompliant(String line) {
        assertThat(new SecretInOutput().check(new ParsedArtifact("main.tf", line + "\n")).violations()).isEmpty();
    }
}
