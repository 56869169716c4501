package dev.forge.synth;

import dev.forge.resolve.ResolvedSpec;
import java.util.List;

/**
 * A synthesis target: the resolved spec in, files out. A target lives in its own package under
 * {@code dev.forge.targets}, never imports another target, and is registered in one list
 * ({@code dev.forge.targets.BuiltinTargets}).
 */
public interface Target {

    /** Stable name used on the command line and as the output folder, e.g. {@code terraform-aws}. */
    String name();

    /** One line for {@code forge targets}. */
    String description();

    /** Whether the spec has anything this target generates; targets that do not apply are skipped. */
    default boolean appliesTo(ResolvedSpec spec) {
        return true;
    }

    /**
     * Whether a run that names no target ({@code --target}) writes this one: whenever it applies, unless the target
     * is for a cloud the spec does not say it runs on (gcp needs an environment's {@code project}, azure its
     * {@code subscription}), so that an app on one cloud is never held to another cloud's limits unasked.
     */
    default boolean selectedByDefault(ResolvedSpec spec) {
        return appliesTo(spec);
    }

    /**
     * The names this target cannot give to what it derives from spec names (e.g. Terraform's reserved variable
     * names), declared here in one place; the resolver refuses them before any target runs.
     */
    default List<dev.forge.resolve.TargetNames> reservedNames() {
        return List.of();
    }

    /**
     * What of a spec this target renders (field paths, and resources it leaves out whole). Every target declares
     * it in one place; synth lists what a spec declares and no selected target renders, and a proof test holds
     * every declared field to changing the target's output.
     */
    Rendering renders();

    /**
     * What the user should know about this run's files that is neither an error nor a field left unrendered, such as
     * a place the files assume that the run's layout contradicts. Printed by synth as warnings; empty by default.
     */
    default List<String> warnings(SynthContext context) {
        return List.of();
    }

    /**
     * Generates the files for the environments in {@code context}. Paths are relative to the target's own
     * folder. Must be deterministic: the same input gives the same bytes.
     */
    List<Artifact> synth(SynthContext context);
}
