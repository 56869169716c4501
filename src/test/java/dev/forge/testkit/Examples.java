package dev.forge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The examples under examples/: documentation and the test corpus at once. */
public final class Examples {

    public static final Path ROOT = Path.of("examples");

    private Examples() {
    }

    /** Names of every example folder holding a forge.yaml, sorted. */
    public static List<String> names() {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("forge.yaml"))).map(p -> p.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path spec(String name) {
        return ROOT.resolve(name).resolve("forge.yaml");
    }
}
