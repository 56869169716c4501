package dev.forge.targets.terraform;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
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
        return dev.forge.testkit.Examples.synth(TARGET, example);
    }

    /** Writes the files under {@code dir} and returns it. */
    static Path write(List<Artifact> files, Path dir) {
        return dev.forge.testkit.Examples.write(files, dir);
    }
}
