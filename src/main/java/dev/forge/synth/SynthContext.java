package dev.forge.synth;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a target synthesizes: the whole resolved spec and the environments selected for this run
 * (all of them unless {@code --env} narrowed the run), and where the files go: the folder holding the spec
 * and the output directory, when known (a target that points back at the spec's files, such as function
 * sources, writes paths relative to its own output folder).
 */
public record SynthContext(ResolvedSpec spec, List<ResolvedEnv> environments, Optional<Layout> layout) {

    public SynthContext {
        environments = List.copyOf(environments);
    }

    public SynthContext(ResolvedSpec spec, List<ResolvedEnv> environments) {
        this(spec, environments, Optional.empty());
    }

    /** The spec's folder and the output directory, both absolute and normalized. */
    public record Layout(Path specDir, Path outDir) {

        public Layout {
            specDir = specDir.toAbsolutePath().normalize();
            outDir = outDir.toAbsolutePath().normalize();
        }
    }
}
