package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.report.RulesDoc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class CheckCliTest {

    public record Run(int code, String out, String err) {
    }

    public static Run forge(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ForgeCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String BROKEN = """
            forge: 1
            app: shop
            owner: shop-team
            environments:
              dev: {}
            buckets:
              assets:
                versioning: false
            """;

    @Test
    void check_exits1_onAnErrorFinding_andNamesRuleAndLocation(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, BROKEN);
        Run r = forge("check", spec.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Check: FORGE-S3-002").contains("File: " + spec + ":8:17");
    }

    @Test
    void check_writesSarifToAFile(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, BROKEN.replace("    versioning: false\n", "    description: assets\n"));
        Run r = forge("check", spec.toString(), "--format", "sarif", "--output", dir.resolve("out/forge.sarif").toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("out/forge.sarif"))).contains("\"version\": \"2.1.0\"");
    }

    @Test
    void check_unknownPack_isUsageError(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, BROKEN);
        Run r = forge("check", spec.toString(), "--pack", "strcit");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("FORGE-E303 unknown rule pack 'strcit' (did you mean 'strict'?)");
    }

    @Test
    void synth_refusesToWrite_onAnErrorFinding_andLeavesPreviousOutputUntouched(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("forge.yaml");
        Path out = dir.resolve("out");
        Files.writeString(spec, BROKEN.replace("    versioning: false\n", "    description: assets\n"));
        assertThat(forge("synth", spec.toString(), "--out", out.toString()).code()).isEqualTo(0);
        String before = Files.readString(out.resolve("model/dev.json"));
        Files.writeString(spec, BROKEN);
        Run r = forge("synth", spec.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("FORGE-S3-002").contains(spec + ":8:17").contains("nothing written");
        assertThat(Files.readString(out.resolve("model/dev.json"))).isEqualTo(before);
    }

    @Test
    void synth_noCheck_skipsLoudly(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, BROKEN);
        Run r = forge("synth", spec.toString(), "--out", dir.resolve("out").toString(), "--no-check");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.err()).startsWith("warning: --no-check: the policy checks were skipped");
    }

    @Test
    void explain_printsARulesExplanationFixAndReferences() {
        Run r = forge("explain", "FORGE-S3-001");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).startsWith("FORGE-S3-001: Buckets block all public access\n\nPack baseline: error\nPack strict: error\n")
                .contains("Fix: ").contains("References: seed 004").contains("checkov CKV_AWS_53");
    }

    @Test
    void docsRules_matchesTheCommittedDocsRulesMd() throws IOException {
        Run r = forge("docs", "rules");
        assertThat(r.out()).isEqualTo(RulesDoc.generate());
        String committed = Files.readString(Path.of("docs/rules.md"));
        assertThat(committed).as("docs/rules.md is stale: run `forge docs rules > docs/rules.md`").isEqualTo(r.out());
    }
}
