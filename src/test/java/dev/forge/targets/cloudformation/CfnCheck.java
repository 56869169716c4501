package dev.forge.targets.cloudformation;

import dev.forge.testkit.Examples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs {@code tools/cfn/cfn-check.js} (every CloudFormation check in one node process: the spec check against
 * aws-service-spec, cfn-lint, cfn-guard with the Control Tower rules, Forge's policy) over templates and folders of
 * templates. {@code tools/cfn/install.sh} runs first, once per JVM ({@code npm ci} only when node_modules is missing
 * or stale, then the cfn-lint spec swap); a failed install is remembered and reported on every call.
 */
final class CfnCheck {

    static final long RUN_TIMEOUT_SECONDS = 300;
    static final long INSTALL_TIMEOUT_SECONDS = 900;
    private static final String TOOLS = "tools/cfn";

    private static boolean installed;
    private static String installFailure;

    private CfnCheck() {
    }

    /** One finding of the report: the file as given, the resource's logical ID ("" for the template), check and code. */
    record Finding(String file, String resource, String check, String code, String message) {
        @Override
        public String toString() {
            return Path.of(file).getFileName() + " " + (resource.isEmpty() ? "-" : resource) + " " + check + " " + code
                    + ": " + message;
        }
    }

    /** The report of one run: what was checked, how long each check took, and the findings. */
    record Report(JsonNode json, List<Finding> findings) {
        int templates() {
            return json.get("templates").asInt();
        }

        int resources() {
            return json.get("resources").asInt();
        }

        /** Milliseconds per step: load, spec, lint, guard, policy. */
        JsonNode timings() {
            return json.get("timings");
        }

        List<Finding> in(Path file) {
            return findings.stream().filter(f -> Path.of(f.file()).toAbsolutePath().normalize()
                    .equals(file.toAbsolutePath().normalize())).toList();
        }
    }

    /**
     * {@code node tools/cfn/cfn-check.js <paths>}: every check, once, over every template in {@code paths}.
     *
     * @throws AssertionError when the script does not run to a report (install failure, crash, time-out)
     */
    static Report run(List<Path> paths) {
        ensureInstalled();
        Path root = Examples.repoRoot();
        List<String> cmd = new ArrayList<>(List.of("node", root.resolve(TOOLS).resolve("cfn-check.js").toString()));
        paths.forEach(p -> cmd.add(p.toAbsolutePath().normalize().toString()));
        String[] out = exec(cmd, root, RUN_TIMEOUT_SECONDS);
        if (!out[0].equals("0")) {
            throw new AssertionError("tools/cfn/cfn-check.js failed (exit " + out[0] + "):\n" + out[2]);
        }
        JsonNode json = new ObjectMapper().readTree(out[1]);
        List<Finding> findings = new ArrayList<>();
        json.get("findings").forEach(f -> findings.add(new Finding(f.get("file").asString(), f.get("resource").asString(),
                f.get("check").asString(), f.get("code").asString(), f.get("message").asString())));
        return new Report(json, findings);
    }

    static synchronized void ensureInstalled() {
        if (installed) {
            return;
        }
        if (installFailure != null) {
            throw new AssertionError(installFailure);
        }
        Path root = Examples.repoRoot();
        String[] r;
        try {
            r = exec(List.of("bash", root.resolve(TOOLS).resolve("install.sh").toString()), root, INSTALL_TIMEOUT_SECONDS);
        } catch (AssertionError e) {
            installFailure = e.getMessage();
            throw e;
        }
        if (!r[0].equals("0")) {
            installFailure = TOOLS + "/install.sh failed (exit " + r[0] + "; Node.js 18+ and the npm registry are needed):\n"
                    + r[2] + r[1];
            throw new AssertionError(installFailure);
        }
        installed = true;
    }

    /** Runs cmd in dir: {exit code, stdout, stderr}. */
    private static String[] exec(List<String> cmd, Path dir, long timeoutSeconds) {
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                    new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            throw new AssertionError("cannot start " + String.join(" ", cmd) + " (is node on the PATH?): " + e.getMessage(), e);
        }
        FutureTask<String> out = drain(p.getInputStream());
        FutureTask<String> err = drain(p.getErrorStream());
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", cmd) + " timed out after " + timeoutSeconds + " s");
            }
            return new String[] {String.valueOf(p.exitValue()), out.get(30, TimeUnit.SECONDS), err.get(30, TimeUnit.SECONDS)};
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", cmd), e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("cannot read the output of " + String.join(" ", cmd) + ": " + e, e);
        }
    }

    // one daemon thread per stream (not the common pool: it has one thread on a 2-core machine), so a full pipe
    // never blocks the child
    private static FutureTask<String> drain(InputStream in) {
        FutureTask<String> task = new FutureTask<>(() -> read(in));
        Thread t = new Thread(task, "CfnCheck-drain");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
