package dev.forge.synth;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import java.util.List;

/**
 * What a target synthesizes: the whole resolved spec and the environments selected for this run
 * (all of them unless {@code --env} narrowed the run).
 */
public record SynthContext(ResolvedSpec spec, List<ResolvedEnv> environments) {

    public SynthContext {
        environments = List.copyOf(environments);
    }
}
