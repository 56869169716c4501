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

    /** The checkout's root: the nearest folder above the working directory holding pom.xml. */
    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("pom.xml"))) {
            p = p.getParent();
        }
        return p;
    }

    /** An example, resolved (every environment), read from the checkout's examples/ folder. */
    public static dev.forge.resolve.ResolvedSpec resolve(String example) {
        Path spec = repoRoot().resolve("examples").resolve(example).resolve("forge.yaml");
        return dev.forge.pipeline.Pipeline.resolve(dev.forge.pipeline.Pipeline.read(spec,
                "examples/" + example + "/forge.yaml"));
    }

    /**
     * {@code target}'s files for an example (paths relative to the target's folder), every environment, laid out as
     * `forge synth` does by default: the spec's folder as the root (build folders are read, as by the CLI) and
     * {@code out/} beside forge.yaml.
     */
    public static List<dev.forge.synth.Artifact> synth(dev.forge.synth.Target target, String example) {
        dev.forge.resolve.ResolvedSpec spec = resolve(example);
        Path dir = repoRoot().resolve("examples").resolve(example);
        return target.synth(new dev.forge.synth.SynthContext(spec, spec.environments(),
                java.util.Optional.of(new dev.forge.synth.SynthContext.Layout(dir, dir.resolve("out")))));
    }

    /** Writes {@code files} under {@code dir} (folders created as needed) and returns {@code dir}. */
    public static Path write(List<dev.forge.synth.Artifact> files, Path dir) {
        try {
            for (dev.forge.synth.Artifact a : files) {
                Path p = dir.resolve(a.path());
                Files.createDirectories(p.getParent());
                Files.write(p, a.bytes());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the examples {@code target} applies to, sorted. */
    public static List<String> namesFor(dev.forge.synth.Target target) {
        return names().stream().filter(n -> target.appliesTo(resolve(n))).toList();
    }
}
