package dev.forge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import dev.forge.testkit.Examples;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same spec, same bytes: in a separate JVM whose time zone and locale are Asia/Kolkata and Turkish (dotless
 * i, comma decimals), every target's output for every example is identical to this JVM's. Both write into the same
 * folder, one after the other: files that point back at the sources (Terraform's {@code source_root}, compose's
 * build paths) name the output folder's place relative to the spec, which is part of the input.
 */
class DeterminismTest {

    @Test
    void synth_inAnotherTimezoneAndLocale_isByteIdentical(@TempDir Path tmp) throws Exception {
        for (String example : Examples.names()) {
            Path out = tmp.resolve("out-" + example);
            Cli.Result r = Cli.run("synth", Examples.spec(example).toString(), "--out", out.toString());
            assertThat(r.exit()).as(r.all()).isZero();
            java.util.Map<String, String> here = Trees.read(out);
            java.nio.file.Files.move(out, tmp.resolve("first-" + example)); // the second run writes a fresh folder

            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.timezone=Asia/Kolkata", "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-9",
                    "-cp", System.getProperty("java.class.path"), "dev.forge.cli.ForgeCli",
                    "synth", Examples.spec(example).toString(), "--out", out.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("log-" + example + ".txt").toFile());
            pb.environment().put("TZ", "Asia/Kolkata");
            pb.environment().put("LANG", "tr_TR.UTF-8");
            pb.environment().put("LC_ALL", "tr_TR.UTF-8");
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(java.nio.file.Files.readString(tmp.resolve("log-" + example + ".txt"))).isZero();

            assertThat(Trees.read(out)).as(example).isEqualTo(here).isNotEmpty();
        }
        assertThat(File.separatorChar).isEqualTo('/');
    }
}
