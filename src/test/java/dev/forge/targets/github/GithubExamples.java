package dev.forge.targets.github;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
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
        return dev.forge.testkit.Examples.synth(TARGET, example);
    }

    /** The workflow files of an example. */
    static List<Artifact> workflows(String example) {
        return synth(example).stream().filter(a -> a.path().endsWith(".yml")).toList();
    }
}
