package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets first (issue 9, UX): folders as specs, one run for every spec error, counts that agree. */
class UxCliTest {

    @Test
    void aFolderMeansTheForgeYamlInsideIt() {
        Cli.Result r = Cli.run("validate", "examples/trip-assistant");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("examples/trip-assistant/forge.yaml: valid (app 'trip-assistant', 2 environments)\n");
        Cli.Result slash = Cli.run("validate", "examples/trip-assistant/");
        assertThat(slash.out()).isEqualTo("examples/trip-assistant/forge.yaml: valid (app 'trip-assistant', 2 environments)\n");
    }

    @Test
    void checkAndSynthTakeAFolderToo(@TempDir Path out) {
        assertThat(Cli.run("check", "examples/trip-assistant").exit()).isZero();
        Cli.Result synth = Cli.run("synth", "examples/trip-assistant", "--out", out.toString());
        assertThat(synth.exit()).as(synth.err()).isZero();
        assertThat(synth.out()).startsWith("synthesized [model, terraform-aws, docker, cloudformation, github-actions] for [dev, prod] into " + out);
    }

    @Test
    void aFolderWithoutAForgeYamlNamesTheFileItLookedFor(@TempDir Path dir) {
        Cli.Result r = Cli.run("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(dir + "/forge.yaml FORGE-E001 spec file '" + dir + "/forge.yaml' does not exist\n"
                + "  fix: Check the path; `forge init` writes a starter forge.yaml.\n1 error\n");
    }

    @Test
    void initsSchemaReferenceResolvesToTheSchema(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Cli.Result r = Cli.run("init", "--output", spec.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + spec + ", " + dir.resolve("forge.schema.json") + " and "
                + dir.resolve("src/app.py") + "; next: forge validate " + spec + " && forge synth " + spec + "\n");
        String first = Files.readString(spec).lines().findFirst().orElseThrow();
        assertThat(first).startsWith("# yaml-language-server: $schema=");
        String ref = first.substring(first.indexOf("$schema=") + "$schema=".length());
        assertThat(java.net.URI.create(ref).isAbsolute()).as("a relative reference, resolved against the spec").isFalse();
        Path schema = spec.getParent().resolve(ref);
        assertThat(schema).isRegularFile();
        assertThat(Files.readString(schema)).isEqualTo(Cli.run("schema").out());
    }

    @Test
    void initKeepsAnExistingSchemaFileUnlessForced(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("forge.schema.json"), "{}");
        Files.createDirectories(dir.resolve("src"));
        Path spec = dir.resolve("forge.yaml");
        Cli.Result r = Cli.run("init", "--output", spec.toString());
        assertThat(r.out()).isEqualTo("wrote " + spec + "; next: forge validate " + spec + " && forge synth " + spec + "\n");
        assertThat(Files.readString(dir.resolve("forge.schema.json"))).isEqualTo("{}");
        assertThat(Cli.run("init", "--output", spec.toString(), "--force").exit()).isZero();
        assertThat(Files.readString(dir.resolve("forge.schema.json"))).isEqualTo(Cli.run("schema").out());
    }

    private static final String TABLE_SPEC = "forge: 1\napp: shop\nregion: us-east-1\nenvironments:\n  dev: {}\n"
            + "  prod: { alerts: { email: ops@example.com } }\ntables:\n  items:\n    key: id\n";

    @Test
    void aDefaultIsNamedAsADefault_notAsSomethingToRemove(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, TABLE_SPEC);
        Cli.Result r = Cli.run("check", spec.toString(), "-e", "dev");
        assertThat(r.out()).contains("table 'items' can be deleted ('deletion-protection: false', not written in the spec:"
                + " the default in non-production environment 'dev')")
                .contains("Set `deletion-protection: true` (nothing to remove: `deletion-protection` is not written, and false"
                        + " is the default here).")
                .doesNotContain("Remove `deletion-protection: false`");
    }

    @Test
    void aWrittenValueIsNamedWithWhereItIsWritten(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, TABLE_SPEC + "    deletion-protection: false\n");
        Cli.Result r = Cli.run("check", spec.toString(), "-e", "prod");
        assertThat(r.out()).contains("table 'items' can be deleted ('deletion-protection: false', written at " + spec
                + ":10:26)").contains("Remove `deletion-protection: false` (it defaults to true in production).");
    }

    private static String countsLine(String text) {
        return text.lines().filter(l -> l.contains("Passed checks: ")).findFirst().orElseThrow(() -> new AssertionError(text))
                .replaceFirst("^check: ", "").replaceFirst("; `forge check` lists the findings$", "");
    }

    @Test
    void synthRefusingReportsTheCountsCheckReports(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, TABLE_SPEC);
        Cli.Result check = Cli.run("check", spec.toString());
        Cli.Result synth = Cli.run("synth", spec.toString(), "--out", dir.resolve("out").toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(synth.exit()).isEqualTo(1);
        assertThat(countsLine(synth.err())).isEqualTo(countsLine(check.out()));
    }

    @Test
    void synthSucceedingReportsTheCountsCheckReports(@TempDir Path out) {
        for (String env : new String[] {"dev", "prod"}) {
            Cli.Result check = Cli.run("check", "examples/trip-assistant", "-e", env);
            Cli.Result synth = Cli.run("synth", "examples/trip-assistant", "-e", env, "--out", out.toString());
            assertThat(synth.exit()).as(synth.err()).isZero();
            assertThat(countsLine(synth.err())).isEqualTo(countsLine(check.out()));
        }
    }

    @Test
    void fieldErrorsAndReferenceErrorsInOneRun_sortedByLocation(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, "forge: 1\napp: shop\nenvironments:\n  dev: {}\ntables:\n  messages: { key: id }\n"
                + "functions:\n  api:\n    runtime: python3.12\n    handler: app.handler\n    source: src/\n"
                + "    memory: lots\n    uses: [table:mesages]\n");
        Cli.Result r = Cli.run("validate", spec.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).containsSubsequence(spec + ":12:13 FORGE-E", spec + ":13:12 FORGE-E104 function 'api' uses unknown"
                + " table 'mesages' (did you mean 'messages'?)").endsWith("2 errors\n");
    }

    @Test
    void aResourceThatDidNotBindIsNotReportedAsUnknown(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, "forge: 1\napp: shop\nenvironments:\n  dev: {}\ntables:\n  messages: oops\n"
                + "functions:\n  api:\n    runtime: python3.12\n    handler: app.handler\n    source: src/\n"
                + "    uses: [table:messages]\n");
        Cli.Result r = Cli.run("validate", spec.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("unknown table").endsWith("1 error\n");
    }
}
