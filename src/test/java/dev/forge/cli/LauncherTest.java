package dev.forge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./forge} launcher, run by bash on a copy of the checkout's script with stub {@code mvn} and {@code java}
 * on the PATH (the jar is never really built here).
 */
class LauncherTest {

    @TempDir
    Path tmp;

    /** A fake checkout: the real launcher, a pom, sources; {@code mvn} builds a stub jar, {@code java} prints its jar. */
    private Path checkout(String mvnBody) throws IOException {
        Path co = tmp.resolve("checkout");
        Files.createDirectories(co.resolve("src/main"));
        Files.writeString(co.resolve("pom.xml"), "<project/>");
        Files.copy(Path.of("forge"), co.resolve("forge"));
        exec(co.resolve("forge"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.writeString(bin.resolve("mvn"), "#!/usr/bin/env bash\n"
                + "[ -f pom.xml ] || { echo 'there is no POM in this directory' >&2; exit 1; }\n" + mvnBody);
        Files.writeString(bin.resolve("java"), "#!/usr/bin/env bash\n"
                + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit*) exit 0;; esac; done\n"
                + "echo \"ran ${@: -2:1} ${@: -1}\"\n");
        exec(bin.resolve("mvn"));
        exec(bin.resolve("java"));
        return co;
    }

    private static void exec(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(Path script, String... args) throws Exception {
        Path out = tmp.resolve("stdout");
        Path err = tmp.resolve("stderr"); // a file, not a terminal
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("bash", script.toString()));
        cmd.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PATH", tmp.resolve("bin") + ":" + System.getenv("PATH"));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void behindASymlinkTheLauncherBuildsAndRunsFromTheCheckout() throws Exception {
        Path co = checkout("mkdir -p target && echo jar > target/forge.jar\n");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/bin"));
        Path link = Files.createSymbolicLink(elsewhere.resolve("forge"), co.resolve("forge"));
        Run r = run(link, "--version");
        assertEquals(0, r.exit(), r.err());
        assertEquals("ran " + co.toRealPath().resolve("target/forge.jar") + " --version\n", r.out());
        assertEquals("forge: building the CLI (mvn package, tests skipped)...\n", r.err());
    }

    @Test
    void aRelativeSymlinkToASymlinkIsFollowedToo() throws Exception {
        Path co = checkout("mkdir -p target && echo jar > target/forge.jar\n");
        Path a = Files.createSymbolicLink(tmp.resolve("a"), tmp.relativize(co.resolve("forge")));
        Path b = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("d")).resolve("b"), Path.of("../a"));
        Run r = run(b, "validate");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("ran " + co.toRealPath().resolve("target/forge.jar")), r.out());
        assertTrue(Files.isSymbolicLink(a));
    }

    @Test
    void theJarIsRebuiltExactlyWhenTheSourcesChanged() throws Exception {
        Path co = checkout("mkdir -p target && echo jar > target/forge.jar\n");
        Path deep = Files.createDirectories(co.resolve("src/main/java/dev/forge/x"));
        Path source = Files.writeString(deep.resolve("A.java"), "class A {}");
        Files.writeString(deep.resolve("B.java"), "class B {}");
        String building = "forge: building the CLI (mvn package, tests skipped)...\n";
        assertEquals(building, run(co.resolve("forge"), "--version").err()); // no jar yet
        Path jar = co.resolve("target/forge.jar");
        java.nio.file.attribute.FileTime now = Files.getLastModifiedTime(jar);
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(now.toMillis() - 60_000);
        java.nio.file.attribute.FileTime after = java.nio.file.attribute.FileTime.fromMillis(now.toMillis() + 60_000);
        try (var walk = Files.walk(co.resolve("src"))) {
            for (Path p : walk.toList()) {
                Files.setLastModifiedTime(p, before);
            }
        }
        Files.setLastModifiedTime(co.resolve("pom.xml"), before);
        assertEquals("", run(co.resolve("forge"), "--version").err(), "nothing changed: no build");
        Files.setLastModifiedTime(source, after);
        assertEquals(building, run(co.resolve("forge"), "--version").err(), "an edited file deep in src/main");
        Files.setLastModifiedTime(jar, now);
        Files.setLastModifiedTime(source, before);
        Files.delete(deep.resolve("B.java"));
        Files.setLastModifiedTime(deep, after);
        assertEquals(building, run(co.resolve("forge"), "--version").err(), "a deleted file (its folder changed)");
        Files.setLastModifiedTime(jar, now);
        Files.setLastModifiedTime(deep, before);
        Files.setLastModifiedTime(Files.writeString(deep.resolve(".hidden"), "x"), after);
        assertEquals(building, run(co.resolve("forge"), "--version").err(), "a hidden file");
        Files.setLastModifiedTime(jar, now);
        Files.setLastModifiedTime(deep.resolve(".hidden"), before);
        Files.setLastModifiedTime(deep, before);
        Files.setLastModifiedTime(co.resolve("pom.xml"), after);
        assertEquals(building, run(co.resolve("forge"), "--version").err(), "the pom");
    }

    /** Regression: shade leaves the jar alone when its content is unchanged (a source touched, not edited). */
    @Test
    void aBuildThatLeavesTheJarAsItWas_isNotRepeatedOnEveryRun() throws Exception {
        // this mvn creates the jar once and later leaves it untouched, as the shade plugin does
        Path co = checkout("mkdir -p target && [ -f target/forge.jar ] || echo jar > target/forge.jar\n");
        Path source = Files.writeString(Files.createDirectories(co.resolve("src/main/java")).resolve("A.java"), "class A {}");
        String building = "forge: building the CLI (mvn package, tests skipped)...\n";
        assertEquals(building, run(co.resolve("forge"), "--version").err());
        Path jar = co.resolve("target/forge.jar");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() - 120_000);
        Files.setLastModifiedTime(jar, old);
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(old.toMillis() + 60_000));
        assertEquals(building, run(co.resolve("forge"), "--version").err(), "the touched source: one build");
        assertEquals("", run(co.resolve("forge"), "--version").err(), "and not again");
    }

    @Test
    void noEscapeCodesReachAStderrThatIsNotATerminal() throws Exception {
        // Maven 3.8.7 prints ESC[0m ESC[0m even with -B -Dstyle.color=never.
        Path co = checkout("printf '\\033[0m\\033[0m' ; printf '\\033[0m\\033[0m' >&2\n"
                + "mkdir -p target && echo jar > target/forge.jar\n");
        Run ok = run(co.resolve("forge"), "--version");
        assertEquals(0, ok.exit(), ok.err());
        assertFalse(ok.err().contains("\u001b") || ok.out().contains("\u001b"), ok.err());
        assertEquals("forge: building the CLI (mvn package, tests skipped)...\n", ok.err());

        Files.delete(co.resolve("target/forge.jar"));
        Files.writeString(tmp.resolve("bin/mvn"), "#!/usr/bin/env bash\nprintf '\\033[1;31m[ERROR]\\033[m COMPILATION ERROR\\033[0m\\n'; exit 1\n");
        Run failed = run(co.resolve("forge"), "--version");
        assertEquals(3, failed.exit());
        assertEquals("forge: building the CLI (mvn package, tests skipped)...\n[ERROR] COMPILATION ERROR\nforge: build failed\n",
                failed.err());
    }

    /**
     * The native executable runs instead of the jar only when it was built after the jar (from it), and never with
     * FORGE_JVM=1; a jar rebuilt since (the sources changed) runs on the JVM until the executable is built again.
     */
    @Test
    void theNativeExecutableRunsOnlyWhenBuiltFromTheCurrentJar() throws Exception {
        Path co = checkout("mkdir -p target && echo jar > target/forge.jar\n");
        Path jar = co.resolve("target/forge.jar");
        assertEquals(0, run(co.resolve("forge"), "--version").exit()); // builds the stub jar
        Path exe = Files.createDirectories(co.resolve("target/native")).resolve("forge");
        Path lib = Files.createDirectories(co.resolve("target/native/lib"));
        Files.writeString(exe, "#!/usr/bin/env bash\necho \"native $*\"\n");
        exec(exe);
        java.nio.file.attribute.FileTime t = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(exe, java.nio.file.attribute.FileTime.fromMillis(t.toMillis() + 60_000));
        assertEquals("native synth x.yaml\n", run(co.resolve("forge"), "synth", "x.yaml").out(), "built after the jar");

        ProcessBuilder forced = new ProcessBuilder("bash", co.resolve("forge").toString(), "synth", "x.yaml")
                .directory(tmp.toFile()).redirectErrorStream(true);
        forced.environment().put("PATH", tmp.resolve("bin") + ":" + System.getenv("PATH"));
        forced.environment().put("FORGE_JVM", "1");
        Process p = forced.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("ran synth x.yaml\n", out, "FORGE_JVM=1");

        Files.setLastModifiedTime(exe, java.nio.file.attribute.FileTime.fromMillis(t.toMillis() - 60_000));
        assertEquals("ran synth x.yaml\n",
                run(co.resolve("forge"), "synth", "x.yaml").out(), "older than the jar: the JVM");

        Files.setLastModifiedTime(exe, java.nio.file.attribute.FileTime.fromMillis(t.toMillis() + 60_000));
        Files.delete(lib);
        assertEquals("ran synth x.yaml\n", run(co.resolve("forge"), "synth", "x.yaml").out(),
                "its libraries missing (lib/ not copied with it): the JVM");
        Files.createDirectories(lib);
        assertEquals("native synth x.yaml\n", run(co.resolve("forge"), "synth", "x.yaml").out(), "lib/ back");

        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals("ran synth x.yaml\n",
                run(co.resolve("forge"), "synth", "x.yaml").out(), "not executable: the JVM");
    }
}
