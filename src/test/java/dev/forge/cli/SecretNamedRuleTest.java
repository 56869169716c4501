package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9: FORGE-SEC-002 asks the shared detector. A literal that resolve lets through (no digits, spaces) under a
 * secret name fails the rule, masked; configuration of a secret (a number under a qualifier) and ordinary values pass.
 */
class SecretNamedRuleTest {

    private static Path write(Path dir, String name, String value) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        return Files.writeString(dir.resolve("forge.yaml"), String.join("\n", "forge: 1", "app: demo",
                "environments: { dev: {} }", "functions:", "  api:", "    runtime: python3.12", "    handler: app.handler",
                "    source: src", "    tracing: false", "    env:", "      " + name + ": '" + value + "'", ""),
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"PASSPHRASE, correct horse battery staple", "DB_PASS, changeme", "GPG_PASSPHRASE, letmein",
        "TOKEN, 3600", "DB_PASSWORD, 123456"})
    void aSecretNamedLiteral_failsSec002_masked(String name, String value, @TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("check", write(dir, name, value).toString());
        assertThat(r.out()).contains("FORGE-SEC-002").contains("sets secret-named variable " + name)
                .doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource({"TOKEN_TTL, 3600", "PASSWORD_MIN_LENGTH, 12", "LOG_LEVEL, info", "SITE_URL, https://example.com",
        "DATABASE_URL, postgres://db:5432/app"})
    void configurationAndOrdinaryValues_passSec002(String name, String value, @TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("check", write(dir, name, value).toString());
        assertThat(r.all()).doesNotContain("FORGE-SEC-002 ").doesNotContain("FORGE-E117");
        assertThat(r.out()).doesNotContainPattern("SEC-002[^\\n]*(fail|error)");
    }
}
