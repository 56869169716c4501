package dev.forge.cli;

import dev.forge.pipeline.Pipeline;
import dev.forge.spec.SpecSource;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The SPEC argument shared by commands that read a spec. */
final class SpecOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", defaultValue = "forge.yaml",
            description = "The spec file, or a folder holding forge.yaml (default: ${DEFAULT-VALUE}).")
    String spec = "forge.yaml";

    /** The spec as named on the command line: a folder means the {@code forge.yaml} inside it. */
    String name() {
        if (!spec.isEmpty() && java.nio.file.Files.isDirectory(Path.of(spec))) {
            return spec.endsWith("/") ? spec + "forge.yaml" : spec + "/forge.yaml";
        }
        return spec;
    }

    Path path() {
        return Path.of(name());
    }

    SpecSource read() {
        return Pipeline.read(path(), name());
    }

    /** The folder holding the spec (paths in the spec, such as function sources, are relative to it). */
    Path dir() {
        Path parent = path().toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
