package dev.forge.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the Node.js validators under {@code tools/validators/} from JUnit tests.
 *
 * <pre>{@code
 * NodeTool.Result r = NodeTool.run("tf-check.js", outputDir);
 * assertThat(r.exitCode()).as(r.stderr()).isZero();
 * // r.stdout() holds the script's JSON report
 * }</pre>
 *
 * <p>{@link #run} first calls {@link #ensureInstalled()}, which runs
 * {@code tools/validators/install.sh} once per JVM ({@code npm ci} only when
 * {@code node_modules} is missing or stale). Only the JDK is used, so this class compiles
 * whatever the test classpath holds.
 */
public final class NodeTool {

    /** Time limit of one {@link #run} call. */
    public static final long RUN_TIMEOUT_SECONDS = 120;

    /** Time limit of install.sh (an {@code npm ci} from an empty cache can be slow). */
    public static final long INSTALL_TIMEOUT_SECONDS = 600;

    private static final String VALIDATORS = "tools/validators";

    private static boolean installed;
    private static String installFailure;

    private NodeTool() {
    }

    /** Outcome of one script run. */
    public record Result(int exitCode, String stdout, String stderr) {

        /** True when the script exited with status 0. */
        public boolean ok() {
            return exitCode == 0;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    /**
     * Runs {@code node tools/validators/<script> <args...>} with the repository root as working
     * directory and a {@value #RUN_TIMEOUT_SECONDS} s time limit. Relative {@code args} are taken
     * relative to the JVM's working directory and passed as absolute paths.
     *
     * @param script file name under tools/validators, e.g. {@code "tf-check.js"}
     * @param args   paths handed to the script
     * @return exit code, stdout and stderr (UTF-8)
     * @throws IllegalStateException if node is missing, the install fails, the script does not
     *                               exist, or it runs past the time limit
     */
    public static Result run(String script, Path... args) {
        ensureInstalled();
        Path root = repoRoot();
        Path file = root.resolve(VALIDATORS).resolve(script).normalize();
        if (!file.startsWith(root.resolve(VALIDATORS)) || !Files.isRegularFile(file)) {
            throw new IllegalStateException("no validator script " + VALIDATORS + "/" + script + " in " + root);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add("node");
        cmd.add(file.toString());
        for (Path a : args) {
            cmd.add(a.toAbsolutePath().normalize().toString());
        }
        return exec(cmd, root, RUN_TIMEOUT_SECONDS);
    }

    /**
     * Makes sure node is on the PATH and tools/validators/node_modules is installed. Runs
     * install.sh at most once per JVM; a failure is remembered and reported again on every call.
     *
     * @throws IllegalStateException with a readable message when node is missing or the install fails
     */
    public static synchronized void ensureInstalled() {
        if (installed) {
            return;
        }
        if (installFailure != null) {
            throw new IllegalStateException(installFailure);
        }
        Path root = repoRoot();
        try {
            Result version;
            try {
                version = exec(List.of("node", "--version"), root, 30);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("Node.js is required by the validator tests but 'node' could not be run"
                    + " (is it installed and on the PATH?): " + e.getMessage(), e);
            }
            if (!version.ok()) {
                throw new IllegalStateException("'node --version' failed: " + version);
            }
            Result install = exec(List.of("bash", root.resolve(VALIDATORS).resolve("install.sh").toString()),
                root, INSTALL_TIMEOUT_SECONDS);
            if (!install.ok()) {
                throw new IllegalStateException(VALIDATORS + "/install.sh failed (exit " + install.exitCode() + "):\n"
                    + install.stderr() + install.stdout());
            }
            installed = true;
        } catch (IllegalStateException e) {
            installFailure = e.getMessage();
            throw e;
        }
    }

    /**
     * The repository root: the nearest directory at or above the working directory that holds a
     * pom.xml and a tools/validators folder (falling back to the nearest one holding a pom.xml).
     */
    public static Path repoRoot() {
        Path start = Paths.get("").toAbsolutePath().normalize();
        Path firstPom = null;
        for (Path d = start; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml"))) {
                if (Files.isDirectory(d.resolve(VALIDATORS))) {
                    return d;
                }
                if (firstPom == null) {
                    firstPom = d;
                }
            }
        }
        if (firstPom != null) {
            return firstPom;
        }
        throw new IllegalStateException("no pom.xml found at or above " + start);
    }

    private static Result exec(List<String> cmd, Path dir, long timeoutSeconds) {
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + String.join(" ", cmd) + ": " + e.getMessage(), e);
        }
        try {
            p.getOutputStream().close();
        } catch (IOException ignored) {
            // the child does not read stdin
        }
        FutureTask<String> out = drainer(p.getInputStream(), "stdout");
        FutureTask<String> err = drainer(p.getErrorStream(), "stderr");
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                String partial = err.isDone() ? err.get() : "";
                throw new IllegalStateException(String.join(" ", cmd) + " timed out after " + timeoutSeconds + " s"
                    + (partial.isEmpty() ? "" : "; stderr so far:\n" + partial));
            }
            return new Result(p.exitValue(), out.get(30, TimeUnit.SECONDS), err.get(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", cmd), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the output of " + String.join(" ", cmd) + ": " + e, e);
        }
    }

    // one daemon thread per stream, so a full stderr pipe never blocks the child
    private static FutureTask<String> drainer(InputStream in, String name) {
        FutureTask<String> task = new FutureTask<>(() -> drain(in));
        Thread t = new Thread(task, "NodeTool-" + name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
