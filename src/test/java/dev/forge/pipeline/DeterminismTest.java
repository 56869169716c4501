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
 * i, comma decimals), every target's output for every example is identical to this JVM's.
 */
class DeterminismTest {

    @Test
    void synth_inAnotherTimezoneAndLocale_isByteIdentical(@TempDir Path tmp) throws Exception {
        for (String example : Examples.names()) {
            Path here = tmp.resolve("here-" + example);
            Path there = tmp.resolve("there-" + example);
            Cli.Result r = Cli.run("synth", Examples.spec(example).toString(), "--out", here.toString());
            assertThat(r.exit()).as(r.all()).isZero();

            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.timezone=Asia/Kolkata", "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-9",
                    "-cp", System.getProperty("java.class.path"), "dev.forge.cli.ForgeCli",
                    "synth", Examples.spec(example).toString(), "--out", there.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("log-" + example + ".txt").toFile());
            pb.environment().put("TZ", "Asia/Kolkata");
            pb.environment().put("LANG", "tr_TR.UTF-8");
            pb.environment().put("LC_ALL", "tr_TR.UTF-8");
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(java.nio.file.Files.readString(tmp.resolve("log-" + example + ".txt"))).isZero();

            assertThat(Trees.read(there)).as(example).isEqualTo(Trees.read(here)).isNotEmpty();
        }
        assertThat(File.separatorChar).isEqualTo('/');
    }
}
