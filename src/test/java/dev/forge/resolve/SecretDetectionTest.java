package dev.forge.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.pipeline.Pipeline;
import dev.forge.spec.SpecSource;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9: a secret written as an {@code env} value is refused by resolve (FORGE-E117) with its location, by its
 * format or by its variable's name, and the message shows only a masked prefix. Before: {@code sk_live_…} was the
 * only new format; {@code postgres://admin:S3cret@db/app}, Authorization header values, Google and npm keys and
 * names such as {@code DB_PASS} or {@code PASSPHRASE} passed and were written into main.tf and the model JSON.
 */
class SecretDetectionTest {

    private static String spec(String name, String value) {
        return String.join("\n", "forge: 1", "app: demo", "environments: { dev: {} }", "functions:", "  api:",
                "    runtime: python3.12", "    handler: app.handler", "    source: src", "    env:",
                "      " + name + ": '" + value + "'", "");
    }

    static Stream<String> formats() {
        return Arrays.stream(dev.forge.bind.SecretScannerTest.FORMATS).map(f -> f[0]);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyFormat_inEnv_isRefusedWithLocationCodeAndMask(String value) {
        assertRefused(spec("SETTING", value), value);
    }

    @ParameterizedTest
    @CsvSource({"DB_PASS, hunter2", "PASSPHRASE, tr0ub4dor", "DB_PASSWD, s3cr3tpw", "GITHUB_TOKEN, t0k3nvalue",
        "SHARED_SECRET, abc123xyz", "AWS_CREDENTIALS, cr3d3nt1al", "MAPS_API_KEY, k3yk3yk3y", "PRIVATE_KEY, pk12345678",
        "DATABASE_URL, 'app:S3cret@tcp(db:3306)/app'", "SENTRY_DSN, 'user:pw@sentry:9000'"})
    void everySecretName_withAValue_isRefusedWithLocationCodeAndMask(String name, String value) {
        assertRefused(spec(name, value.replace("'", "")), value.replace("'", ""));
    }

    @ParameterizedTest
    @CsvSource({"LOG_LEVEL, info", "SITE_URL, https://example.com", "TOKEN_TTL, 3600", "DATABASE_URL, postgres://db:5432/app",
        "PASSWORD_MIN_LENGTH, 12", "DB_PASSWORD, secret:db"})
    void ordinaryValues_resolve(String name, String value) {
        String text = spec(name, value);
        if (value.startsWith("secret:")) {
            text = text.replace("functions:", "secrets: { db: {} }\nfunctions:");
        }
        assertThat(Pipeline.resolve(SpecSource.of("forge.yaml", text)).environments()).hasSize(1);
    }

    private static void assertRefused(String text, String value) {
        assertThatThrownBy(() -> Pipeline.resolve(SpecSource.of("forge.yaml", text)))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.diagnostics()).hasSize(1);
                    Diagnostic d = e.diagnostics().get(0);
                    assertThat(d.code()).isEqualTo("FORGE-E117");
                    assertThat(d.render()).startsWith("forge.yaml:10:").contains("functions.api.env.")
                            .contains("… (" + value.length() + " chars)").doesNotContain(value);
                });
    }
}
