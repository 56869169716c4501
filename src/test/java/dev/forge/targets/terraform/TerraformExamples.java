package dev.forge.targets.terraform;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The examples this target applies to, synthesized in-process for every environment. */
final class TerraformExamples {

    static final TerraformTarget TARGET = new TerraformTarget();

    private TerraformExamples() {
    }

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("pom.xml"))) {
            p = p.getParent();
        }
        return p;
    }

    /** Names of the examples with AWS serverless parts (the target applies to them). */
    static List<String> names() {
        try (Stream<Path> dirs = Files.list(repoRoot().resolve("examples"))) {
            return dirs.filter(d -> Files.exists(d.resolve("forge.yaml"))).map(d -> d.getFileName().toString()).sorted()
                    .filter(n -> TARGET.appliesTo(resolve(n))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResolvedSpec resolve(String example) {
        Path spec = repoRoot().resolve("examples").resolve(example).resolve("forge.yaml");
        return Pipeline.resolve(Pipeline.read(spec, "examples/" + example + "/forge.yaml"));
    }

    /** The target's files (paths relative to the terraform-aws folder). */
    static List<Artifact> synth(String example) {
        ResolvedSpec spec = resolve(example);
        return TARGET.synth(new dev.forge.synth.SynthContext(spec, spec.environments()));
    }

    /** Writes the files under {@code dir} and returns it. */
    static Path write(List<Artifact> files, Path dir) {
        try {
            for (Artifact a : files) {
                Path p = dir.resolve(a.path());
                Files.createDirectories(p.getParent());
                Files.write(p, a.bytes());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
