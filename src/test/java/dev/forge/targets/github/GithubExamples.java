package dev.forge.targets.github;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import java.nio.file.Path;
import java.util.List;

/** The examples the github-actions target applies to, synthesized in-process as `forge synth` lays them out. */
final class GithubExamples {

    static final GithubActionsTarget TARGET = new GithubActionsTarget();

    private GithubExamples() {
    }

    static List<String> names() {
        return dev.forge.testkit.Examples.namesFor(TARGET);
    }

    static ResolvedSpec resolve(String example) {
        return dev.forge.testkit.Examples.resolve(example);
    }

    /** The target's files (paths relative to its folder), with the spec's folder as the root and `out` under it. */
    static List<Artifact> synth(String example) {
        ResolvedSpec spec = resolve(example);
        Path dir = dev.forge.testkit.Examples.repoRoot().resolve("examples").resolve(example);
        return TARGET.synth(new SynthContext(spec, spec.environments(), java.util.Optional.of(new SynthContext.Layout(dir, dir.resolve("out")))));
    }

    /** The workflow files of an example. */
    static List<Artifact> workflows(String example) {
        return synth(example).stream().filter(a -> a.path().endsWith(".yml")).toList();
    }
}
