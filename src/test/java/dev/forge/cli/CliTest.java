package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import dev.forge.testkit.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, messages a user reads, and the commands besides synth. */
class CliTest {

    @Test
    void version_printsVersionAndSpecFormat() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).matches("forge \\d+\\.\\d+\\.\\d+ \\(spec format 1\\)\\s*");
        // the short path for a lone --version prints what picocli prints for it among other options
        assertThat(Cli.run("-V").out()).isEqualTo(r.out());
        assertThat(Cli.run("--no-color", "--version").out()).isEqualTo(r.out());
    }

    @Test
    void help_listsEveryCommandAndTheExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("validate", "synth", "schema", "targets", "explain", "init", "docs", "completion")
                .contains("Exit codes:").contains("3  internal error");
    }

    @Test
    void unknownOption_isUsageError2() {
        Cli.Result r = Cli.run("synth", "--frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'").doesNotContain("Exception");
    }

    @Test
    void unknownTarget_isUsageError2_withSuggestion(@TempDir Path out) {
        Cli.Result r = Cli.run("synth", Examples.spec("trip-assistant").toString(), "--target", "modle", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("FORGE-E301 unknown target 'modle' (did you mean 'model'?)");
    }

    @Test
    void unknownEnvironment_isUsageError2_withSuggestion(@TempDir Path out) {
        Cli.Result r = Cli.run("synth", Examples.spec("trip-assistant").toString(), "--env", "prd", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("FORGE-E302 unknown environment 'prd' (did you mean 'prod'?)");
    }

    @Test
    void missingSpec_isInvalid1_withTheFileNamed() {
        Cli.Result r = Cli.run("validate", "no/such/forge.yaml");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("no/such/forge.yaml FORGE-E001 spec file 'no/such/forge.yaml' does not exist\n"
                + "  fix: Check the path; `forge init` writes a starter forge.yaml.\n1 error\n");
    }

    @Test
    void unknownReference_readsAsDesigned(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, String.join("\n",
                "forge: 1", "app: demo", "environments: { dev: {} }",
                "tables:", "  messages: { key: id }",
                "functions:", "  api:", "    runtime: python3.12", "    handler: app.handler", "    source: src",
                "    uses: [table:mesages (read)]", ""));
        Cli.Result r = Cli.run("validate", spec.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(spec + ":11:12 FORGE-E104 function 'api' uses unknown table 'mesages' (did you mean 'messages'?)\n"
                + "  fix: Declared tables: messages.\n");
    }

    @Test
    void malformedRouteKey_isNamedAsARoute(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, String.join("\n",
                "forge: 1", "app: demo", "environments: { dev: {} }",
                "functions:", "  api: { runtime: python3.12, handler: app.handler, source: src }",
                "apis:", "  public:", "    auth: { type: none, reason: public demo }", "    routes:",
                "      get /items: function:api", ""));
        Cli.Result r = Cli.run("validate", spec.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(spec + ":10:7 FORGE-E110 apis.public.routes: bad route 'get /items'\n"
                + "  fix: Use 'METHOD /path' with METHOD one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY (or '$default').\n");
    }

    @Test
    void validate_jsonFormat_listsDiagnosticsWithLocations(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, "forge: 1\napp: demo\nenvironments: { dev: {} }\nfunctions:\n  api: { memroy: 512 }\n");
        Cli.Result r = Cli.run("validate", spec.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"ok\": false", "\"code\": \"FORGE-E101\"", "\"line\": 5", "\"column\": 10",
                "did you mean 'memory'?");
    }

    @Test
    void explain_printsExplanationAndFix() {
        Cli.Result r = Cli.run("explain", "FORGE-E104");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("FORGE-E104: unknown reference\n").contains("Fix: Declare the resource");
    }

    @Test
    void explain_unknownCode_isUsageError2_withSuggestion() {
        Cli.Result r = Cli.run("explain", "FORGE-E1044");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown code 'FORGE-E1044' (did you mean 'FORGE-E104'?)");
    }

    @Test
    void targets_listsTheModelTarget() {
        Cli.Result r = Cli.run("targets");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("model +the resolved model of each environment as JSON");
    }

    @Test
    void init_writesAStarterThatValidates_andRefusesToOverwrite(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        assertThat(Cli.run("init", "--output", spec.toString()).exit()).isZero();
        assertThat(Files.readString(spec)).startsWith("# yaml-language-server: $schema=");
        assertThat(Cli.run("validate", spec.toString()).exit()).isZero();

        Files.writeString(spec, "mine");
        Cli.Result again = Cli.run("init", "--output", spec.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(Files.readString(spec)).isEqualTo("mine");
    }

    @Test
    void schema_andDocs_printGeneratedText() {
        assertThat(Cli.run("schema").out()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        assertThat(Cli.run("docs", "spec").out()).startsWith("<!-- Generated by `forge docs spec`");
    }

    @Test
    void completion_printsABashScript() {
        Cli.Result r = Cli.run("completion");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("complete -F").contains("synth");
        // completion describes every command although picocli models only the one that runs elsewhere
        for (String cmd : new String[] {"validate", "check", "synth", "verify", "env", "schema", "targets", "explain", "init", "docs"}) {
            assertThat(r.out()).contains(cmd);
        }
    }

    @Test
    void onlyTheCommandThatRunsIsModelled_butHelpTyposAndCompletionSeeThemAll() {
        int all = ForgeCli.subcommandsFor(new String[0]).size();
        assertThat(all).isEqualTo(11);
        assertThat(ForgeCli.subcommandsFor(new String[] {"validate", "x.yaml"})).hasSize(1);
        assertThat(ForgeCli.subcommandsFor(new String[] {"--debug", "--no-color", "synth", "--help"})).hasSize(1);
        assertThat(ForgeCli.subcommandsFor(new String[] {"--version"})).isEmpty();
        assertThat(ForgeCli.subcommandsFor(new String[] {"-V", "--debug"})).isEmpty();
        assertThat(ForgeCli.subcommandsFor(new String[] {"--help"})).hasSize(all);
        assertThat(ForgeCli.subcommandsFor(new String[] {"-hV"})).hasSize(all);
        assertThat(ForgeCli.subcommandsFor(new String[] {"valdate"})).hasSize(all);
        assertThat(ForgeCli.subcommandsFor(new String[] {"completion"})).hasSize(all);
        assertThat(ForgeCli.subcommandsFor(new String[] {"--", "validate"})).hasSize(all);
        // and what users see through them is unchanged
        Cli.Result typo = Cli.run("valdate");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean: forge validate?");
        Cli.Result sub = Cli.run("--no-color", "validate", "--help");
        assertThat(sub.exit()).isZero();
        assertThat(sub.out()).startsWith("Usage: forge validate");
        assertThat(Cli.run("--version", "validate").exit()).isZero();
    }

    @Test
    void synth_editedFile_exitsInvalid1_andNamesTheFile(@TempDir Path out) throws Exception {
        String spec = Examples.spec("trip-assistant").toString();
        assertThat(Cli.run("synth", spec, "--out", out.toString()).exit()).isZero();
        Files.writeString(out.resolve("model/dev.json"), "{}\n");

        Cli.Result r = Cli.run("synth", spec, "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("FORGE-E201").contains("model/dev.json").contains("--force");
        assertThat(Cli.run("synth", spec, "--out", out.toString(), "--force").exit()).isZero();
    }
}
