package dev.forge.util;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How values are shown: escaped, cut, secrets masked. */
class ShownTest {

    @Test
    void escape_makesControlAndBidiCharactersVisible_butKeepsPairsAndLayout() {
        assertThat(Shown.escape("a\u001b]0;x\u0007\u202eb\u0085", false)).isEqualTo("a\\x1b]0;x\\x07\\u202eb\\x85");
        assertThat(Shown.escape("line\n\tnext \ud83d\ude00", true)).isEqualTo("line\n\tnext \ud83d\ude00");
        assertThat(Shown.escape("lone \ud800", true)).isEqualTo("lone \\ud800");
    }

    @Test
    void value_cutsOverLongText_andSaysHowLongItWas() {
        assertThat(Shown.value("x".repeat(121))).isEqualTo("x".repeat(120) + "… (121 chars)");
        assertThat(Shown.value("x".repeat(120))).isEqualTo("x".repeat(120));
    }

    @Test
    void secret_showsAShortPrefixAndTheLength() {
        assertThat(Shown.secret("sk_live_4eC39HqLyjWDarjtT1zdp7dc")).isEqualTo("sk_l… (32 chars)");
        assertThat(Shown.secret("hunter")).isEqualTo("h… (6 chars)");
    }

    @Test
    void redactor_masksKnownSecretsStandingAlone_andSecretNamedKeysInYamlLines() {
        Redactor r = new Redactor(Set.of("hunter"), k -> k.endsWith("PASSWORD"));
        assertThat(r.apply("reason: hunter is fine; hunter-api is a name")).isEqualTo(
                "reason: h… (6 chars) is fine; hunter-api is a name");
        assertThat(r.line("    env: { DB_PASSWORD: \"abc\", MODE: fast, API: secret:x }")).isEqualTo(
                "    env: { DB_PASSWORD: a… (3 chars), MODE: fast, API: secret:x }");
        assertThat(r.line("  OTHER_PASSWORD: secret:db")).isEqualTo("  OTHER_PASSWORD: secret:db");
    }

    @Test
    void explain_aRetiredRule_saysSo_andAnUnknownCodeIsEscaped() {
        Cli.Result retired = Cli.run("explain", "FORGE-IAM-003");
        assertThat(retired.exit()).isZero();
        assertThat(retired.out()).isEqualTo("FORGE-IAM-003: a retired rule; no check uses it any more, and the ID is"
                + " never given to another rule\n");
        Cli.Result unknown = Cli.run("explain", "FORGE-\u001b[2J");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("forge: unknown code 'FORGE-\\x1b[2J'").doesNotContain("\u001b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FORGE-E011", "FORGE-E012", "FORGE-E210", "FORGE-E304"})
    void explain_knowsEveryNewCode(String code) {
        Cli.Result r = Cli.run("explain", code);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith(code);
    }
}
