package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.forge.testkit.Cli;
import dev.forge.testkit.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7, the command line's edges: paths that must not be used, links, read-only places; never exit 3. */
class CliEdgesTest {

    @Test
    void synth_emptyOut_isAUsageError2_andWritesNothing(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("synth", Examples.spec("trip-assistant").toString(), "--out", "");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("FORGE-E304 --out is empty; it would mean the current directory\n"
                + "  fix: Name a folder, e.g. `--out out`.\n1 error\n");
        assertThat(Path.of(".forge")).doesNotExist();
    }

    @Test
    void check_reportOverTheSpec_isRefused_andTheSpecIsUnchanged(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.copy(Examples.spec("trip-assistant"), spec);
        byte[] before = Files.readAllBytes(spec);
        String sameFileOtherSpelling = dir.resolve("sub/../forge.yaml").toString();
        Files.createDirectories(dir.resolve("sub"));
        Cli.Result r = Cli.run("check", spec.toString(), "-o", sameFileOtherSpelling);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("FORGE-E304 --output '" + sameFileOtherSpelling + "' is the spec being read;"
                + " writing the report there would destroy it\n  fix: Name another file for the report, e.g."
                + " `--output forge-check.txt`.\n1 error\n");
        assertThat(Files.readAllBytes(spec)).isEqualTo(before);
    }

    @Test
    void check_reportThroughALinkToTheSpec_isRefused(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.copy(Examples.spec("trip-assistant"), spec);
        byte[] before = Files.readAllBytes(spec);
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), spec);
        Cli.Result r = Cli.run("check", spec.toString(), "-o", link.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("FORGE-E304 --output '" + link + "' is the spec being read");
        assertThat(Files.readAllBytes(spec)).isEqualTo(before);
    }

    @Test
    void init_ontoADanglingSymlink_isRefused_andNothingIsCreatedAtItsTarget(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("elsewhere/forge.yaml");
        Path link = Files.createSymbolicLink(dir.resolve("forge.yaml"), target);
        Cli.Result r = Cli.run("init", "-o", link.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(link + " FORGE-E210 '" + link + "' is a symbolic link; Forge does not write"
                + " through links\n  fix: Name a regular path you can write to, or remove the link.\n1 error\n");
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void init_ontoASymlinkToAFile_isRefused_evenWithForce(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Path link = Files.createSymbolicLink(dir.resolve("forge.yaml"), target);
        Cli.Result r = Cli.run("init", "-o", link.toString(), "--force");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(link + " FORGE-E210 '" + link + "' is a symbolic link");
        assertThat(Files.readString(target)).isEqualTo("keep me\n");
    }

    @Test
    void init_ontoAReadOnlyPath_isExit1_withACodedError_notAnInternalError() {
        Path readOnly = Path.of("/proc/version");
        assumeTrue(Files.exists(readOnly), "needs Linux /proc");
        Cli.Result r = Cli.run("init", "-o", readOnly.toString(), "--force");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("/proc/version FORGE-E210 cannot write '/proc/version': ")
                .doesNotContain("FORGE-E900").doesNotContain("Exception");
    }

    @Test
    void init_underAFileWhereAFolderMustBe_isExit1_withACodedError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("file"), "x");
        Path spec = dir.resolve("file/forge.yaml");
        Cli.Result r = Cli.run("init", "-o", spec.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(spec + " FORGE-E210 cannot write '" + spec + "': ").doesNotContain("FORGE-E900");
    }

    @Test
    void check_reportIntoAPlaceThatCannotBeWritten_isExit1(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("file"), "x");
        Path report = dir.resolve("file/report.sarif");
        Cli.Result r = Cli.run("check", Examples.spec("trip-assistant").toString(), "-o", report.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(report + " FORGE-E210 cannot write '" + report + "': ");
    }

    @Test
    void validate_aPathWithANulCharacter_isExit1_notAnInternalError() {
        Cli.Result r = Cli.run("validate", "forge\u0000.yaml");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("FORGE-E001 'forge\\x00.yaml' is not a usable path: ").doesNotContain("E900");
    }
}
