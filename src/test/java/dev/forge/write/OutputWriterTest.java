package dev.forge.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.diag.Diagnostic;
import dev.forge.synth.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer owns only what it wrote, and changes nothing when it refuses. */
class OutputWriterTest {

    @TempDir
    Path out;

    private WriteResult write(boolean force, Artifact... files) {
        return new OutputWriter(out).write(List.of(files), p -> p.startsWith("t/"), force);
    }

    private static Artifact file(String path, String text) {
        return Artifact.text(path, text);
    }

    @Test
    void firstWrite_createsFilesAndManifest() throws IOException {
        WriteResult r = write(false, file("t/a.txt", "a"), file("t/sub/b.txt", "b"));

        assertThat(r.written()).containsExactly("t/a.txt", "t/sub/b.txt");
        assertThat(Files.readString(out.resolve("t/sub/b.txt"))).isEqualTo("b\n");
        assertThat(Manifest.parse(Files.readString(out.resolve(Manifest.FILE))).files()).containsOnlyKeys("t/a.txt", "t/sub/b.txt");
        assertThat(out.resolve(".forge/manifest.pending.json")).doesNotExist();
        assertThat(out.resolve(".forge/lock")).doesNotExist();
        assertThat(stagingFolders()).isEmpty();
    }

    @Test
    void handEditedGeneratedFile_isNotOverwritten_andNothingElseChanges() throws IOException {
        write(false, file("t/a.txt", "a"), file("t/b.txt", "b"));
        Files.writeString(out.resolve("t/a.txt"), "my edit\n");
        Map<String, String> before = snapshot();

        assertThatThrownBy(() -> write(false, file("t/a.txt", "a2"), file("t/b.txt", "b2")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code).containsExactly("FORGE-E201"))
                .hasMessageContaining("t/a.txt").hasMessageContaining("edited since");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void handEditedGeneratedFile_isOverwrittenWithForce() throws IOException {
        write(false, file("t/a.txt", "a"));
        Files.writeString(out.resolve("t/a.txt"), "my edit\n");

        write(true, file("t/a.txt", "a2"));

        assertThat(Files.readString(out.resolve("t/a.txt"))).isEqualTo("a2\n");
    }

    @Test
    void fileForgeDidNotWrite_isNeverOverwrittenWithoutForce() throws IOException {
        Files.createDirectories(out.resolve("t"));
        Files.writeString(out.resolve("t/a.txt"), "mine\n");

        assertThatThrownBy(() -> write(false, file("t/a.txt", "a")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code).containsExactly("FORGE-E202"));
        assertThat(Files.readString(out.resolve("t/a.txt"))).isEqualTo("mine\n");
    }

    @Test
    void staleGeneratedFile_isRemoved_withItsEmptyFolder() throws IOException {
        write(false, file("t/a.txt", "a"), file("t/old/b.txt", "b"));

        WriteResult r = write(false, file("t/a.txt", "a"));

        assertThat(r.deleted()).containsExactly("t/old/b.txt");
        assertThat(r.unchanged()).containsExactly("t/a.txt");
        assertThat(out.resolve("t/old")).doesNotExist();
        assertThat(Manifest.parse(Files.readString(out.resolve(Manifest.FILE))).files()).containsOnlyKeys("t/a.txt");
    }

    @Test
    void staleGeneratedFile_editedByHand_isKept() throws IOException {
        write(false, file("t/a.txt", "a"), file("t/b.txt", "b"));
        Files.writeString(out.resolve("t/b.txt"), "edited\n");

        WriteResult r = write(false, file("t/a.txt", "a"));

        assertThat(r.kept()).containsExactly("t/b.txt");
        assertThat(Files.readString(out.resolve("t/b.txt"))).isEqualTo("edited\n");
    }

    @Test
    void fileForgeDidNotWrite_isNeverDeleted() throws IOException {
        write(false, file("t/a.txt", "a"));
        Files.writeString(out.resolve("t/notes.md"), "keep me\n");
        Files.writeString(out.resolve("README.md"), "mine\n");

        write(false, file("t/b.txt", "b"));

        assertThat(Files.readString(out.resolve("t/notes.md"))).isEqualTo("keep me\n");
        assertThat(Files.readString(out.resolve("README.md"))).isEqualTo("mine\n");
        assertThat(out.resolve("t/a.txt")).doesNotExist();
    }

    @Test
    void filesOutsideTheRunsScope_areKeptAndStayInTheManifest() throws IOException {
        new OutputWriter(out).write(List.of(file("other/x.txt", "x"), file("t/a.txt", "a")), p -> true, false);

        write(false, file("t/a.txt", "a"));

        assertThat(out.resolve("other/x.txt")).exists();
        assertThat(Manifest.parse(Files.readString(out.resolve(Manifest.FILE))).files()).containsKeys("other/x.txt", "t/a.txt");
    }

    @Test
    void pendingManifestOfAnOlderVersion_grantsNothing_andIsRemoved() throws IOException {
        write(false, file("t/a.txt", "a"));
        Files.writeString(out.resolve("t/a.txt"), "a2\n");
        Manifest pending = new Manifest(Map.of("t/a.txt", dev.forge.util.Hashing.sha256("a2\n".getBytes(StandardCharsets.UTF_8))));
        Files.writeString(out.resolve(".forge/manifest.pending.json"), pending.toJson());

        assertThatThrownBy(() -> write(false, file("t/a.txt", "a3")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code).containsExactly("FORGE-E201"));
        assertThat(Files.readString(out.resolve("t/a.txt"))).isEqualTo("a2\n");
        assertThat(out.resolve(".forge/manifest.pending.json")).doesNotExist();
    }

    @Test
    void corruptManifest_isAClearError() throws IOException {
        Files.createDirectories(out.resolve(Manifest.DIR));
        Files.writeString(out.resolve(Manifest.FILE), "{not json");

        assertThatThrownBy(() -> write(false, file("t/a.txt", "a")))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code).containsExactly("FORGE-E204"));
        assertThat(out.resolve("t/a.txt")).doesNotExist();
    }

    @Test
    void outputPathThatIsAFile_isAClearError() throws IOException {
        Path f = out.resolve("file");
        Files.writeString(f, "x");
        assertThatThrownBy(() -> new OutputWriter(f).write(List.of(file("t/a.txt", "a")), p -> true, false))
                .isInstanceOfSatisfying(WriteException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code).containsExactly("FORGE-E203"));
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(out.relativize(p).toString(), Files.readString(p));
            }
        }
        return m;
    }

    private List<Path> stagingFolders() throws IOException {
        try (Stream<Path> s = Files.list(out.resolve(Manifest.DIR))) {
            return s.filter(p -> p.getFileName().toString().startsWith("staging-")
                    || p.getFileName().toString().startsWith("txn-")).toList();
        }
    }
}
