package dev.forge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.synth.Artifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden files: generated output compared byte for byte with files committed under
 * src/test/resources/golden. Run with {@code -Dforge.updateGolden=true} to rewrite them, then review the diff.
 */
public final class Golden {

    public static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("forge.updateGolden", "false"));
    }

    /** Compares (or, when updating, rewrites) every artifact under {@code dir}, and the set of files. */
    public static void assertMatches(Path dir, List<Artifact> artifacts) {
        try {
            if (updating()) {
                if (Files.exists(dir)) {
                    try (Stream<Path> s = Files.walk(dir)) {
                        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
                for (Artifact a : artifacts) {
                    Path f = dir.resolve(a.path());
                    Files.createDirectories(f.getParent());
                    Files.write(f, a.bytes());
                }
                return;
            }
            assertThat(dir).as("golden folder %s (run with -Dforge.updateGolden=true to create it)", dir).isDirectory();
            Set<String> expected;
            try (Stream<Path> s = Files.walk(dir)) {
                expected = s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .collect(Collectors.toCollection(TreeSet::new));
            }
            Set<String> actual = artifacts.stream().map(Artifact::path).collect(Collectors.toCollection(TreeSet::new));
            assertThat(actual).as("files generated vs golden files in %s", dir).isEqualTo(expected);
            for (Artifact a : artifacts) {
                String golden = Files.readString(dir.resolve(a.path()));
                assertThat(a.text()).as("%s differs from its golden file (rerun with -Dforge.updateGolden=true and"
                        + " review the diff)", a.path()).isEqualTo(golden);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
