package dev.forge.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.diag.Diagnostic;
import dev.forge.synth.Artifact;
import dev.forge.util.Hashing;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writer under attack (issue 7): a tampered manifest, links inside the output, a pending manifest claiming a
 * person's file, a write that fails part-way or is killed, two writers at once, hostile manifest files. In every
 * case nothing outside the output folder changes, and a refused or failed write leaves the output byte for byte
 * as it was.
 */
class WriterAttackTest {

    @TempDir
    Path base;
    Path out;
    Path outside;

    @BeforeEach
    void setUp() throws IOException {
        out = base.resolve("out");
        outside = base.resolve("outside");
        Files.createDirectories(outside.resolve("sub"));
        Files.writeString(outside.resolve("victim.txt"), "a\n");
        Files.writeString(outside.resolve("forge.yaml"), "forge: 1\n");
        Files.writeString(outside.resolve("sub/f.txt"), "f\n");
    }

    private WriteResult write(Artifact... files) {
        return new OutputWriter(out).write(List.of(files), p -> true, false);
    }

    private static Artifact file(String path, String text) {
        return Artifact.text(path, text);
    }

    private static String sha(String text) {
        return Hashing.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private void addToManifest(String key, String hash) throws IOException {
        Path m = out.resolve(Manifest.FILE);
        String json = Files.readString(m);
        Files.writeString(m, json.replace("\"files\": {", "\"files\": {\n    " + dev.forge.util.Json.write(key) + ": \"" + hash + "\","));
    }

    // ---- the manifest names paths outside the output ----------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"t/../../outside/victim.txt", "../outside/victim.txt", "model/../../outside/forge.yaml",
            "ABSOLUTE", "t\\..\\..\\outside\\victim.txt", "./t/a.txt", "t//a.txt", ".forge/manifest.json", "t/a.txt\u0000x"})
    void manifestKeyOutsideTheOutput_isATamperedManifest_andNothingIsDeletedOrWritten(String key) throws IOException {
        write(file("t/a.txt", "a"));
        String k = key.equals("ABSOLUTE") ? outside.resolve("victim.txt").toString() : key;
        addToManifest(k, sha("a\n"));
        Map<String, String> before = Trees.snapshot(base);

        assertThatThrownBy(() -> write(file("t/b.txt", "b")))
                .isInstanceOfSatisfying(WriteException.class, e -> {
                    assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly("FORGE-E204");
                    assertThat(e.getMessage()).contains("tampered with").contains("nothing was written or deleted");
                });
        assertThat(Trees.snapshot(base)).isEqualTo(before);
    }

    @Test
    void percentEncodedManifestKey_staysInsideTheOutput() throws IOException {
        write(file("t/a.txt", "a"));
        addToManifest("t/%2e%2e/%2e%2e/outside/victim.txt", sha("a\n"));
        Map<String, String> outsideBefore = Trees.snapshot(outside);

        write(file("t/b.txt", "b"));

        assertThat(Trees.snapshot(outside)).isEqualTo(outsideBefore);
        assertThat(out.resolve("t/a.txt")).doesNotExist();
    }

    @Test
    void manifestThatIsNotARegularFile_orTooLarge_isRefusedWithoutHanging() throws Exception {
        write(file("t/a.txt", "a"));
        Path m = out.resolve(Manifest.FILE);
        try (RandomAccessFile f = new RandomAccessFile(m.toFile(), "rw")) {
            f.setLength(Manifest.MAX_BYTES + 10); // sparse: a huge manifest costs no disk
        }
        assertThatThrownBy(() -> write(file("t/a.txt", "a")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.getMessage()).contains("larger than 32 MiB"));

        Files.delete(m);
        mkfifo(m);
        assertThatThrownBy(() -> write(file("t/a.txt", "a")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.getMessage())
                        .contains("FORGE-E204").contains("is not a regular file"));
    }

    // ---- links inside the output ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"t", "t/x", "t/x/y"})
    void symlinkedFolderOnTheWay_isRefused_andNothingOutsideChanges(String linkAt) throws IOException {
        write(file("t/x/y/f.txt", "f"), file("t/x/y/g.txt", "g"));
        replaceWithLinkToOutside(linkAt);
        Map<String, String> before = Trees.snapshot(base);

        // a changed file, a new file and a stale file, all through the link
        assertThatThrownBy(() -> write(file("t/x/y/f.txt", "f2"), file("t/x/y/new.txt", "n")))
                .isInstanceOfSatisfying(WriteException.class, e -> {
                    assertThat(e.diagnostics()).extracting(Diagnostic::code).containsOnly("FORGE-E205");
                    assertThat(e.getMessage()).contains("'" + out.resolve(linkAt) + "' is a symbolic link (to '" + outside + "')");
                });
        assertThat(Trees.snapshot(base)).isEqualTo(before);
    }

    @Test
    void staleFileBehindALink_isNotDeleted() throws IOException {
        write(file("t/sub/f.txt", "f"), file("t/a.txt", "a"));
        replaceWithLinkToOutside("t/sub"); // outside/f.txt... holds the same bytes as the generated file
        Map<String, String> before = Trees.snapshot(base);

        assertThatThrownBy(() -> write(file("t/a.txt", "a")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code).containsExactly("FORGE-E205"));
        assertThat(Trees.snapshot(base)).isEqualTo(before);
        assertThat(outside.resolve("sub/f.txt")).exists();
    }

    @Test
    void symlinkedFile_isNeitherFollowedNorReplaced() throws IOException {
        write(file("t/a.txt", "a"));
        Files.delete(out.resolve("t/a.txt"));
        Files.createSymbolicLink(out.resolve("t/a.txt"), outside.resolve("victim.txt")); // same bytes as generated
        Map<String, String> before = Trees.snapshot(base);

        assertThatThrownBy(() -> write(file("t/a.txt", "changed")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code).containsExactly("FORGE-E205"));
        assertThat(Trees.snapshot(base)).isEqualTo(before);
    }

    @Test
    void symlinkedForgeFolderOrManifest_isRefused() throws IOException {
        write(file("t/a.txt", "a"));
        Path manifest = out.resolve(Manifest.FILE);
        Files.move(manifest, outside.resolve("manifest.json"));
        Files.createSymbolicLink(manifest, outside.resolve("manifest.json"));
        assertThatThrownBy(() -> write(file("t/a.txt", "b")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.getMessage()).contains("FORGE-E205"));

        Files.delete(manifest);
        Files.move(outside.resolve("manifest.json"), manifest);
        Files.move(out.resolve(".forge"), outside.resolve("dot-forge"));
        Files.createSymbolicLink(out.resolve(".forge"), outside.resolve("dot-forge"));
        Map<String, String> before = Trees.snapshot(base);
        assertThatThrownBy(() -> write(file("t/a.txt", "b")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.getMessage()).contains("FORGE-E205"));
        assertThat(Trees.snapshot(base)).isEqualTo(before);
    }

    // ---- ownership -------------------------------------------------------------------------------------------

    @Test
    void pendingManifestClaimingAPersonsFile_grantsNoOwnership() throws IOException {
        write(file("t/a.txt", "a"));
        Files.writeString(out.resolve("t/mine.txt"), "my notes\n");
        Files.writeString(out.resolve(".forge/manifest.pending.json"),
                new Manifest(Map.of("t/mine.txt", sha("my notes\n"))).toJson());

        assertThatThrownBy(() -> write(file("t/a.txt", "a"), file("t/mine.txt", "generated")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code).containsExactly("FORGE-E202"));
        assertThat(Files.readString(out.resolve("t/mine.txt"))).isEqualTo("my notes\n");
    }

    // ---- all or nothing --------------------------------------------------------------------------------------

    @Test
    void fileWhereAFolderIsNeeded_refusesBeforeTheFirstByteMoves() throws IOException {
        write(file("model/dev.json", "{}"), file("tf/environments/dev/main.tf", "dev"));
        Files.writeString(out.resolve("tf/environments/qa"), "x\n");
        Map<String, String> before = Trees.snapshot(base);

        assertThatThrownBy(() -> write(file("model/dev.json", "{1}"), file("model/qa.json", "{}"),
                file("tf/environments/dev/main.tf", "dev2"), file("tf/environments/qa/main.tf", "qa")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.getMessage())
                        .contains("FORGE-E202").contains("'" + out.resolve("tf/environments/qa") + "' is a file where Forge needs a folder"));
        assertThat(Trees.snapshot(base)).isEqualTo(before);
    }

    @Test
    void failureAtEachFileSystemStep_isRolledBack_toTheExactPreviousTree() throws IOException {
        Artifact[] gen1 = {file("a/one.txt", "1"), file("a/two.txt", "2"), file("b/old.txt", "old"), file("c/keep.txt", "k")};
        Artifact[] gen2 = {file("a/one.txt", "1b"), file("a/new/three.txt", "3"), file("c/keep.txt", "k"), file("d/four.txt", "4")};
        write(gen1);
        Map<String, String> before = Trees.snapshot(base);
        int steps = countSteps(gen2);
        assertThat(steps).isGreaterThan(10);
        int rolledBack = 0;
        for (int failAt = 1; failAt <= steps; failAt++) {
            FailingOps ops = FailingOps.ioErrorAt(failAt);
            try {
                new OutputWriter(out, ops, Duration.ofSeconds(1)).write(List.of(gen2), p -> true, false);
                // the failure hit the clean-up after the commit: the new generation is in place
                assertThat(Trees.files(out)).as("step %d", failAt).containsAllEntriesOf(expected(List.of(gen2)));
                write(gen2); // and the next run removes what the clean-up left
                assertThat(Trees.forgeLeftovers(out)).isEmpty();
                write(gen1);
            } catch (WriteException e) {
                rolledBack++;
                assertThat(e.getMessage()).contains("FORGE-E203").contains("injected failure")
                        .contains("rolled back: the output folder is exactly as it was before this run");
            }
            assertThat(Trees.snapshot(base)).as("tree after a failure at step %d", failAt).isEqualTo(before);
        }
        assertThat(rolledBack).as("steps before the commit").isGreaterThan(steps / 2);
    }

    @Test
    void immutableFile_failsTheMove_andTheTreeIsAsBefore() throws IOException {
        write(file("a/one.txt", "1"), file("a/two.txt", "2"));
        Map<String, String> before = Trees.snapshot(base);
        FailingOps ops = FailingOps.onPath(out.resolve("a/two.txt").toAbsolutePath());

        assertThatThrownBy(() -> new OutputWriter(out, ops, Duration.ofSeconds(1))
                .write(List.of(file("a/one.txt", "1b"), file("a/two.txt", "2b")), p -> true, false))
                .hasMessageContaining("Operation not permitted").hasMessageContaining("rolled back");
        assertThat(Trees.snapshot(base)).isEqualTo(before);
    }

    @Test
    void killedAtEachStep_theNextRunRecovers_toEitherGeneration_andLeavesNoStaging() throws IOException {
        Artifact[] gen1 = {file("a/one.txt", "1"), file("a/two.txt", "2"), file("b/old.txt", "old")};
        Artifact[] gen2 = {file("a/one.txt", "1b"), file("a/new/three.txt", "3"), file("d/four.txt", "4")};
        write(gen1);
        Map<String, String> tree1 = Trees.files(out);
        int steps = countSteps(gen2);
        for (int killAt = 1; killAt <= steps; killAt++) {
            FailingOps ops = FailingOps.killAt(killAt);
            assertThatThrownBy(() -> new OutputWriter(out, ops, Duration.ofSeconds(1)).write(List.of(gen2), p -> true, false))
                    .isInstanceOf(FailingOps.Killed.class);
            assertThat(Transaction.recover(new Jail(out), FileOps.REAL)).isEmpty();
            assertThat(Trees.files(out)).as("after a kill at step %d", killAt).isIn(tree1, expectedTree(gen2));
            write(gen1);
            assertThat(Trees.files(out)).isEqualTo(tree1);
            assertThat(Trees.forgeLeftovers(out)).isEmpty();
        }
        write(gen2);
        Map<String, String> tree2 = Trees.files(out);
        for (int killAt = 1; killAt <= countSteps(gen1); killAt++) {
            FailingOps ops = FailingOps.killAt(killAt);
            assertThatThrownBy(() -> new OutputWriter(out, ops, Duration.ofSeconds(1)).write(List.of(gen1), p -> true, false))
                    .isInstanceOf(FailingOps.Killed.class);
            write(gen2); // the next run recovers, then writes
            assertThat(Trees.files(out)).as("after a kill at step %d", killAt).isEqualTo(tree2);
            assertThat(Trees.forgeLeftovers(out)).isEmpty();
        }
    }

    @Test
    void leftoversOfDeadRuns_areRemovedByTheNextRun() throws IOException {
        write(file("t/a.txt", "a"));
        Files.createDirectories(out.resolve(".forge/staging-123/x"));
        Files.writeString(out.resolve(".forge/staging-123/x/0"), "junk");
        Files.createDirectories(out.resolve(".forge/txn-deadbeef/new"));
        Files.writeString(out.resolve(".forge/.tmp-1.json"), "junk");

        write(file("t/a.txt", "a"));

        assertThat(Trees.forgeLeftovers(out)).isEmpty();
    }

    // ---- one writer at a time --------------------------------------------------------------------------------

    @Test
    void aSecondWriter_waits_thenFailsClearly() throws IOException {
        write(file("t/a.txt", "a"));
        try (WriteLock held = WriteLock.acquire(new Jail(out), Duration.ZERO)) {
            Map<String, String> before = Trees.files(out);
            assertThatThrownBy(() -> new OutputWriter(out, FileOps.REAL, Duration.ofMillis(300))
                    .write(List.of(file("t/a.txt", "b")), p -> true, false))
                    .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.getMessage())
                            .contains("FORGE-E206").contains("another forge run (pid " + ProcessHandle.current().pid() + ")")
                            .contains("waited 0 s and wrote nothing"));
            assertThat(Trees.files(out)).isEqualTo(before);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void concurrentWriters_neverReportSpuriousEdits_andLeaveOneWholeGeneration() throws Exception {
        List<Artifact> genA = new ArrayList<>();
        List<Artifact> genB = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            genA.add(file("t/f" + i + ".txt", "A" + i));
            genB.add(file("t/f" + i + ".txt", "B" + i));
        }
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (List<Artifact> gen : List.of(genA, genB, genA, genB)) {
            threads.add(new Thread(() -> {
                for (int k = 0; k < 10; k++) {
                    try {
                        new OutputWriter(out, FileOps.REAL, Duration.ofSeconds(30)).write(gen, p -> true, false);
                    } catch (Throwable t) {
                        errors.add(t);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(errors).isEmpty();
        Map<String, String> tree = Trees.files(out);
        tree.remove(Manifest.FILE);
        assertThat(tree).isIn(expected(genA), expected(genB));
    }

    @Test
    void emptyOutputPath_isRefused() {
        assertThatThrownBy(() -> new OutputWriter(Path.of("")).write(List.of(file("t/a.txt", "a")), p -> true, false))
                .hasMessageContaining("FORGE-E203").hasMessageContaining("the output path is empty");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Map<String, String> expected(List<Artifact> gen) {
        Map<String, String> m = new TreeMap<>();
        gen.forEach(a -> m.put(a.path(), a.text()));
        return m;
    }

    private Map<String, String> expectedTree(Artifact... gen) throws IOException {
        Path copy = base.resolve("expect-" + System.nanoTime());
        new OutputWriter(copy).write(List.of(gen), p -> true, false);
        Map<String, String> tree = Trees.files(copy);
        Trees.delete(copy);
        return tree;
    }

    /** How many file-system operations writing {@code gen} over the current tree takes. */
    private int countSteps(Artifact... gen) throws IOException {
        Path copy = base.resolve("count-" + System.nanoTime());
        Trees.copy(out, copy);
        FailingOps counter = FailingOps.ioErrorAt(Integer.MAX_VALUE);
        new OutputWriter(copy, counter, Duration.ofSeconds(1)).write(List.of(gen), p -> true, false);
        Trees.delete(copy);
        return counter.count();
    }

    private void replaceWithLinkToOutside(String rel) throws IOException {
        Path dir = out.resolve(rel);
        Trees.copy(dir, outside);
        Trees.delete(dir);
        Files.createSymbolicLink(dir, outside);
    }

    private static void mkfifo(Path p) throws IOException, InterruptedException {
        Process pr = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(pr.waitFor()).isZero();
    }
}
