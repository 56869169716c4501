package dev.forge.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import dev.forge.diag.SpecException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

    private static MapNode load(String text) {
        return new YamlLoader().load(SpecSource.of("forge.yaml", text));
    }

    private static List<String> errors(byte[] bytes) {
        try {
            new YamlLoader().load(new SpecSource("forge.yaml", bytes));
        } catch (SpecException e) {
            return e.diagnostics().stream().map(d -> d.code() + "@" + d.location().line() + ":" + d.location().column()).toList();
        }
        return List.of();
    }

    private static List<String> errors(String text) {
        return errors(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void load_locatesEveryNode() {
        MapNode root = load("forge: 1\nfunctions:\n  api:\n    uses: [table:a, 'secret:b']\n");
        assertThat(root.location()).isEqualTo(Location.of("forge.yaml", 1, 1));
        MapNode api = (MapNode) ((MapNode) root.get("functions").orElseThrow()).get("api").orElseThrow();
        assertThat(api.entry("uses").orElseThrow().key().location()).isEqualTo(Location.of("forge.yaml", 4, 5));
        ListNode uses = (ListNode) api.get("uses").orElseThrow();
        assertThat(uses.items()).extracting(Node::location)
                .containsExactly(Location.of("forge.yaml", 4, 12), Location.of("forge.yaml", 4, 21));
        assertThat(((ScalarNode) uses.items().get(0)).plain()).isTrue();
        assertThat(((ScalarNode) uses.items().get(1)).plain()).isFalse();
    }

    @Test
    void load_keepsScalarsAsWritten() {
        MapNode root = load("a: 012\nb: '1'\nc: ~\nd:\n");
        assertThat(((ScalarNode) root.get("a").orElseThrow()).text()).isEqualTo("012");
        assertThat(((ScalarNode) root.get("b").orElseThrow()).plain()).isFalse();
        assertThat(((ScalarNode) root.get("c").orElseThrow()).isNull()).isTrue();
        assertThat(((ScalarNode) root.get("d").orElseThrow()).isNull()).isTrue();
    }

    @Test
    void load_byteOrderMark_isSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "app: shop\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        assertThat(errors(all)).isEmpty();
    }

    @Test
    void size_atTheLimit_isRead_andOneByteMore_isRefused() {
        String head = "app: shop\n";
        String fill = "#".repeat(YamlLoader.MAX_BYTES - head.length() - 1) + "\n";
        assertThat(errors(head + fill)).isEmpty();
        assertThat(errors(head + "#" + fill)).containsExactly("FORGE-E007@0:0");
    }

    @Test
    void depth_ofSixtyFourCollections_isRead_andSixtyFive_isRefused() {
        assertThat(errors("a: " + "[".repeat(63) + "]".repeat(63))).isEmpty();
        assertThat(errors("a: " + "[".repeat(64) + "]".repeat(64))).containsExactly("FORGE-E006@1:67");
    }

    @Test
    void aliases_reusedModestly_areExpanded() {
        MapNode root = load("x: &tags { team: a, tier: b }\ny: *tags\nz: [*tags, *tags]\n");
        assertThat(root.get("y").orElseThrow()).isEqualTo(root.get("x").orElseThrow());
    }

    @Test
    void aliases_expandingPastTheNodeLimit_areRefusedAtTheAliasThatCrossesIt() {
        StringBuilder sb = new StringBuilder("a0: &a0 [" + "x, ".repeat(99) + "x]\n");
        for (int i = 1; i < 4; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ", ").repeat(99)).append("*a").append(i - 1).append("]\n");
        }
        assertThat(errors(sb.toString())).hasSize(1).allMatch(e -> e.startsWith("FORGE-E005@3:"));
    }

    @Test
    void duplicateKeys_areRefusedInEveryMapping_butTheSameKeyInTwoMappingsIsFine() {
        assertThat(errors("a: { x: 1 }\nb: { x: 1 }\n")).isEmpty();
        assertThat(errors("a: 1\nb:\n  x: 1\n  x: 2\na: 3\n")).containsExactly("FORGE-E004@4:3", "FORGE-E004@5:1");
    }

    @Test
    void duplicateKey_messageNamesTheFirstLine() {
        assertThatThrownBy(() -> load("a: 1\na: 2\n")).isInstanceOfSatisfying(SpecException.class, e ->
                assertThat(e.diagnostics()).extracting(Diagnostic::message).containsExactly("duplicate key 'a' (first defined at line 1)"));
    }

    @Test
    void coreTags_areAccepted_otherTagsAreRefused() {
        assertThat(errors("a: !!str 1\nb: !!int 2\nc: !!map {}\nd: ! x\n")).isEmpty();
        assertThat(errors("a: !!python/object:os.system x\nb: !Ref x\nc: !!binary aGk=\nd: !!set {x}\n"))
                .containsExactly("FORGE-E010@1:4", "FORGE-E010@2:4", "FORGE-E010@3:4", "FORGE-E010@4:4");
    }

    @Test
    void quotedTag_makesAScalarNonPlain() {
        ScalarNode s = (ScalarNode) load("a: !!str 8080\n").get("a").orElseThrow();
        assertThat(s.plain()).isFalse();
    }

    @Test
    void mergeKey_isRefused_butAQuotedKeyNamedLikeItIsNot() {
        assertThat(errors("base: &b { x: 1 }\nc:\n  <<: *b\n")).containsExactly("FORGE-E010@3:3");
        assertThat(errors("c:\n  '<<': 1\n")).isEmpty();
    }

    @Test
    void secondDocument_isRefused_butAnExplicitStartOfTheOnlyDocumentIsFine() {
        assertThat(errors("---\napp: shop\n...\n")).isEmpty();
        assertThat(errors("app: shop\n---\napp: other\n")).containsExactly("FORGE-E003@2:1");
    }

    @Test
    void controlCharacter_isRefusedWhereItIs() {
        assertThat(errors("app: shop\nowner: a\u0001b\n")).containsExactly("FORGE-E008@2:9");
    }

    @Test
    void nonMappingTop_andEmptyFile_areRefusedAsWholeFileProblems() {
        assertThat(errors("")).containsExactly("FORGE-E002@0:0");
        assertThat(errors("---\n...\n")).containsExactly("FORGE-E002@0:0");
        assertThat(errors("~\n")).containsExactly("FORGE-E002@0:0");
        assertThat(errors("[a]\n")).containsExactly("FORGE-E009@1:1");
        assertThat(errors("'text'\n")).containsExactly("FORGE-E009@1:1");
    }
}
