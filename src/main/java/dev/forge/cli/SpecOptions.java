package dev.forge.cli;

import dev.forge.pipeline.Pipeline;
import dev.forge.spec.SpecSource;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The SPEC argument shared by commands that read a spec. */
final class SpecOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", defaultValue = "forge.yaml",
            description = "The spec file (default: ${DEFAULT-VALUE}).")
    String spec = "forge.yaml";

    SpecSource read() {
        return Pipeline.read(Path.of(spec), spec);
    }

    /** The folder holding the spec (paths in the spec, such as function sources, are relative to it). */
    Path dir() {
        Path parent = Path.of(spec).toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
