package dev.forge.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@code terraform fmt -check -recursive -diff} (offline; the CLI config is an empty file). */
public final class TerraformFmt {

    private static String last = "";

    private TerraformFmt() {
    }

    /** Exit code of the check: 0 when nothing would change, 3 on a diff, 2 on a syntax error. */
    public static synchronized int check(Path dir) throws Exception {
        Path rc = Files.createTempFile("tfrc", ".hcl");
        try {
            ProcessBuilder pb = new ProcessBuilder("terraform", "fmt", "-check", "-recursive", "-diff", dir.toString())
                    .redirectErrorStream(true);
            pb.environment().put("TF_CLI_CONFIG_FILE", rc.toString());
            pb.environment().put("CHECKPOINT_DISABLE", "1");
            Process p = pb.start();
            last = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("terraform fmt timed out");
            }
            return p.exitValue();
        } finally {
            Files.deleteIfExists(rc);
        }
    }

    /** What the last check printed (the diff). */
    public static synchronized String lastOutput() {
        return last;
    }
}
