package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7: a value flagged as secret never reaches a terminal, a log or a report, in any format; control
 * characters and bidi overrides in printed values are escaped. Before: `DB_PASSWORD: hunter` was hidden in
 * FORGE-SEC-002's entry but quoted as the context line of the next finding, and a key pasted under `secrets:`
 * was echoed whole in FORGE-E102.
 */
class SecretsNeverPrintedTest {

    private static final String SPEC = String.join("\n",
            "forge: 1", "app: demo", "environments: { dev: {} }",
            "functions:", "  api:", "    runtime: python3.12", "    handler: app.handler", "    source: src",
            "    env: { DB_PASSWORD: hunter }", "    tracing: false", "");

    private static final String SUPPRESSED = SPEC + String.join("\n", "policy:", "  suppressions:",
            "    - { rule: FORGE-SEC-002, resource: function:api, reason: \"hunter is only the local test password\" }", "");

    private static Path write(Path dir, String text) throws Exception {
        Files.createDirectories(dir.resolve("src")); // the function's source folder (FORGE-E123 without it)
        return Files.writeString(dir.resolve("forge.yaml"), text, StandardCharsets.UTF_8);
    }

    @Test
    void check_text_quotesTheNextFindingsContextLine_withTheSecretMasked(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("check", write(dir, SPEC).toString());
        assertThat(r.out()).contains("\t\t   9 |     env: { DB_PASSWORD: h… (6 chars) }\n"
                + "\t\t  10 |     tracing: false\n").doesNotContain("hunter");
    }

    @Test
    void check_text_masksAShortSecretToo_byTheNameOfItsKey(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("check", write(dir, SPEC.replace("hunter", "\"xyz\"")).toString());
        assertThat(r.out()).contains("\t\t   9 |     env: { DB_PASSWORD: x… (3 chars) }\n").doesNotContain("xyz");
    }

    @Test
    void synth_refusalOnStderr_masksTheSecretInContextLines(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("synth", write(dir, SPEC).toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("   9 |     env: { DB_PASSWORD: h… (6 chars) }").doesNotContain("hunter");
    }

    @Test
    void synth_refusalAsJson_masksTheSecret(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("synth", write(dir, SUPPRESSED.replace("FORGE-SEC-002", "FORGE-FN-003")).toString(),
                "--format", "json", "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.all()).doesNotContain("hunter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void check_everyFormat_masksASecretQuotedInASuppressionReason(String format, @TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("check", write(dir, SUPPRESSED).toString(), "--format", format);
        assertThat(r.out()).contains("h… (6 chars) is only the local test password").doesNotContain("hunter");
    }

    @Test
    void check_reportWrittenToAFile_masksTheSecret(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.sarif");
        Cli.run("check", write(dir, SUPPRESSED).toString(), "--format", "sarif", "-o", report.toString());
        assertThat(Files.readString(report)).contains("h… (6 chars)").doesNotContain("hunter");
    }

    @Test
    void validate_aKeyPastedUnderSecrets_isMaskedInTheWrongTypeError(@TempDir Path dir) throws Exception {
        String key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
        Path spec = write(dir, "forge: 1\napp: demo\nenvironments: { dev: {} }\nsecrets:\n  stripe: " + key + "\n");
        Cli.Result r = Cli.run("validate", spec.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(spec + ":5:11 FORGE-E102 secrets.stripe: expected a mapping, got 'sk_l… (32"
                + " chars)'\n  fix: Write the keys of a secret under it (see docs/spec.md).\n1 error\n");
        Cli.Result json = Cli.run("validate", spec.toString(), "--format", "json");
        assertThat(json.out()).contains("got 'sk_l… (32 chars)'").doesNotContain(key);
    }

    @Test
    void validate_aKeyPastedAsAKeyUnderASecret_isMaskedInTheUnknownKeyError(@TempDir Path dir) throws Exception {
        String key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
        Path spec = write(dir, "forge: 1\napp: demo\nenvironments: { dev: {} }\nsecrets:\n  stripe: { " + key
                + ": x }\n");
        Cli.Result r = Cli.run("validate", spec.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(spec + ":5:13 FORGE-E101 secrets.stripe: unknown key 'sk_l… (32 chars)'")
                .doesNotContain(key);
    }

    @Test
    void validate_aStripeKeyAnywhere_isRefusedAsACredential_withoutEchoingIt(@TempDir Path dir) throws Exception {
        String key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
        Path spec = write(dir, "forge: 1\napp: demo\nenvironments: { dev: {} }\ndescription: \"" + key + "\"\n");
        Cli.Result r = Cli.run("validate", spec.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(spec + ":4:14 FORGE-E117 description: the value sk_l… (32 chars) looks like a Stripe key\n")
                .doesNotContain(key);
    }

    @Test
    void check_text_escapesControlCharactersAndBidiOverridesInPrintedValues(@TempDir Path dir) throws Exception {
        String spec = SPEC.replace("hunter", "secret:x").replace("functions:", "secrets:\n  x: {}\nfunctions:")
                + "policy:\n  suppressions:\n    - { rule: FORGE-FN-003, resource: function:api,"
                + " reason: \"ok \\e]0;pwned\\a \\u202Egnp.exe tracing is off for a reason\" }\n";
        Cli.Result r = Cli.run("check", write(dir, spec).toString());
        assertThat(r.out()).contains("\"ok \\x1b]0;pwned\\x07 \\u202egnp.exe tracing is off for a reason\"")
                .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
        for (String format : new String[] {"json", "sarif", "junit"}) {
            assertThat(Cli.run("check", dir.resolve("forge.yaml").toString(), "--format", format).out())
                    .as(format).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
        }
    }

    @Test
    void validate_aKeyWithAControlCharacter_isRefusedWithALocation(@TempDir Path dir) throws Exception {
        Path spec = write(dir, "forge: 1\napp: demo\nenvironments: { dev: {} }\ntags:\n  \"own\\e[2Jer\": x\n");
        Cli.Result r = Cli.run("validate", spec.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(spec + ":5:3 FORGE-E012 the key 'own\\x1b[2Jer' holds a control character or"
                + " a bidirectional-text override\n").doesNotContain("\u001b");
    }
}
