package dev.forge.targets.gcp;

import dev.forge.testkit.Examples;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs {@code tools/knative/knative-check.js} (Knative serving schema, unknown fields, Cloud Run annotations) over
 * files and folders in one node process. {@code tools/knative/install.sh} runs first, once per JVM.
 */
final class KnativeCheck {

    private static final String TOOLS = "tools/knative";
    private static boolean installed;

    private KnativeCheck() {
    }

    record Report(JsonNode json, List<String> findings) {
    }

    static Report run(List<Path> paths) {
        ensureInstalled();
        Path root = Examples.repoRoot();
        List<String> cmd = new ArrayList<>(List.of("node", root.resolve(TOOLS).resolve("knative-check.js").toString()));
        paths.forEach(p -> cmd.add(p.toAbsolutePath().normalize().toString()));
        String[] out = exec(cmd, root, 300);
        if (!out[0].equals("0")) {
            throw new AssertionError(TOOLS + "/knative-check.js failed (exit " + out[0] + "):\n" + out[2]);
        }
        JsonNode json = new ObjectMapper().readTree(out[1]);
        List<String> findings = new ArrayList<>();
        json.get("findings").forEach(f -> findings.add(Path.of(f.get("file").asString()).getFileName() + " "
                + f.get("path").asString() + ": " + f.get("message").asString()));
        return new Report(json, findings);
    }

    static synchronized void ensureInstalled() {
        if (installed) {
            return;
        }
        Path root = Examples.repoRoot();
        String[] r = exec(List.of("bash", root.resolve(TOOLS).resolve("install.sh").toString()), root, 900);
        if (!r[0].equals("0")) {
            throw new AssertionError(TOOLS + "/install.sh failed (exit " + r[0] + "):\n" + r[2] + r[1]);
        }
        installed = true;
    }

    /** Runs cmd in dir with its output in files (no pipe to drain): {exit code, stdout, stderr}. */
    private static String[] exec(List<String> cmd, Path dir, long timeoutSeconds) {
        try {
            Path out = Files.createTempFile("knative-check", ".out");
            Path err = Files.createTempFile("knative-check", ".err");
            try {
                Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(new File("/dev/null"))
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    throw new AssertionError(String.join(" ", cmd) + " timed out after " + timeoutSeconds + " s");
                }
                return new String[] {String.valueOf(p.exitValue()), Files.readString(out), Files.readString(err)};
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", cmd) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + String.join(" ", cmd), e);
        }
    }
}
