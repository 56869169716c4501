package dev.forge.emit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class YamlPrinterTest {

    private static Object load(String text) {
        return new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    @Test
    void blockStyle_listsIndentedUnderTheirKey_mapsInListsStartOnTheDashLine() {
        YamlMap doc = YamlMap.of("apiVersion", "apps/v1", "kind", "Deployment")
                .put("spec", YamlMap.of("replicas", 2, "containers", YamlList.of(
                        YamlMap.of("name", "api", "ports", YamlList.of(YamlMap.of("containerPort", 8080))),
                        YamlMap.of("name", "sidecar", "args", YamlList.of()))))
                .put("empty", new YamlMap());
        assertThat(YamlPrinter.print(doc, List.of("generated"))).isEqualTo("""
                # generated
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  replicas: 2
                  containers:
                    - name: api
                      ports:
                        - containerPort: 8080
                    - name: sidecar
                      args: []
                empty: {}
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "No", "on", "OFF", "y", "n", "true", "null", "~", "", "1:20", "2024-01-01",
            "1.0", "0x1F", "010", "1e3", ".inf", ".5", "-", "- a", "a: b", "a #b", "#c", "@x", "*x", "&x", "!x",
            "%x", "|x", ">x", "[a]", "{a}", "'q'", "\"q\"", "a:", " lead", "trail ", "tab\there", "ünï", "a\\b",
            "two  spaces", "?x", ",x", "`x`"})
    void ambiguousStrings_areQuoted_andReadBackAsTheSameString(String s) {
        String text = YamlPrinter.print(YamlMap.of("k", s));
        assertThat(text).startsWith("k: \"");
        assertThat(load(text)).isEqualTo(Map.of("k", s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx:1.27", "app.kubernetes.io/name", "/health", "http://api:8080/x", "a b c",
            "RuntimeDefault", "ALL", "arn:aws:iam::1:role/x", "K_8s-ok", "x=y", "a#b"})
    void ordinaryStrings_arePlain(String s) {
        assertThat(YamlPrinter.print(YamlMap.of("k", s))).isEqualTo("k: " + s + "\n");
    }

    @Test
    void multiLineStrings_areLiteralBlocks_withExactTrailingNewlines() {
        for (String s : List.of("a\nb", "a\nb\n", "a\nb\n\n", "a\n\nb")) {
            String text = YamlPrinter.print(YamlMap.of("k", s, "after", 1));
            assertThat(text).contains("k: |");
            assertThat(load(text)).isEqualTo(Map.of("k", s, "after", 1));
        }
        for (String s : List.of("  indented\nx\n", "\nlead", "\n")) {
            String text = YamlPrinter.print(YamlMap.of("k", s, "after", 1));
            assertThat(text).startsWith("k: \"");
            assertThat(load(text)).isEqualTo(Map.of("k", s, "after", 1));
        }
    }

    @Test
    void seededRandomTrees_roundTrip() {
        Random r = new Random(42);
        String alphabet = "ab:# -\n\t\"'\\yYnN01.~@/{}[],&*!|>%?`é";
        for (int i = 0; i < 500; i++) {
            YamlMap m = new YamlMap();
            for (int k = 0; k < 5; k++) {
                StringBuilder s = new StringBuilder();
                int len = r.nextInt(8);
                for (int c = 0; c < len; c++) {
                    s.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                m.put("k" + k + s, YamlList.of(s.toString(), YamlMap.of(s.toString(), s.toString())));
            }
            assertThat(load(YamlPrinter.print(m))).as(YamlPrinter.print(m)).isEqualTo(m.toPlain());
        }
    }

    @Test
    void documents_areSeparated() {
        assertThat(YamlPrinter.printAll(List.of(YamlMap.of("a", 1), YamlMap.of("b", true)), List.of()))
                .isEqualTo("a: 1\n---\nb: true\n");
    }

    @Test
    void aCommentedScalar_isPrintedWithItsCommentOnTheSameLine_andParsesAsTheScalarAlone() {
        YamlMap m = YamlMap.of("uses", new Commented("actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2"),
                "on", new Commented("yes", "quoted, since a YAML 1.1 parser reads it as true"));

        String text = YamlPrinter.print(m);

        assertThat(text).isEqualTo("uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n"
                + "\"on\": \"yes\" # quoted, since a YAML 1.1 parser reads it as true\n");
        assertThat(new Load(LoadSettings.builder().build()).loadFromString(text))
                .isEqualTo(Map.of("uses", "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", "on", "yes"));
        assertThat(m.toPlain()).isEqualTo(Map.of("uses", "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", "on", "yes"));
    }

    @Test
    void aCommentedScalar_refusesALineBreak() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Commented("a", "b\nc"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
