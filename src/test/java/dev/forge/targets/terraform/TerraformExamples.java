package dev.forge.targets.terraform;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The examples this target applies to, synthesized in-process for every environment. */
final class TerraformExamples {

    static final TerraformTarget TARGET = new TerraformTarget();

    private TerraformExamples() {
    }

    static Path repoRoot() {
        return dev.forge.testkit.Examples.repoRoot();
    }

    /** Names of the examples with AWS serverless parts (the target applies to them). */
    static List<String> names() {
        return dev.forge.testkit.Examples.namesFor(TARGET);
    }

    static ResolvedSpec resolve(String example) {
        return dev.forge.testkit.Examples.resolve(example);
    }

    /** The target's files (paths relative to the terraform-aws folder). */
    static List<Artifact> synth(String example) {
        ResolvedSpec spec = resolve(example);
        // laid out as `forge synth` does by default (out/ next to forge.yaml): the build folders are read, as by the CLI
        Path dir = repoRoot().resolve("examples").resolve(example);
        return TARGET.synth(new dev.forge.synth.SynthContext(spec, spec.environments(),
                java.util.Optional.of(new dev.forge.synth.SynthContext.Layout(dir, dir.resolve("out")))));
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
