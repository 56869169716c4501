package dev.forge.targets.cloudformation;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.util.List;

/** The examples the cloudformation target applies to, synthesized in-process for every environment. */
final class CloudFormationExamples {

    static final CloudFormationTarget TARGET = new CloudFormationTarget();

    private CloudFormationExamples() {
    }

    static List<String> names() {
        return dev.forge.testkit.Examples.namesFor(TARGET);
    }

    static ResolvedSpec resolve(String example) {
        return dev.forge.testkit.Examples.resolve(example);
    }

    /** The target's files (paths relative to the cloudformation folder), laid out as `forge synth` does by default. */
    static List<Artifact> synth(String example) {
        return dev.forge.testkit.Examples.synth(TARGET, example);
    }

    /** The stacks of one example (template, replica stacks, notes), by environment, built again. */
    static java.util.Map<String, Stack> stacks(String example) {
        ResolvedSpec spec = resolve(example);
        java.util.Map<String, Stack> out = new java.util.LinkedHashMap<>();
        dev.forge.synth.SynthContext context = new dev.forge.synth.SynthContext(spec, spec.environments(), java.util.Optional.empty());
        for (var env : spec.environments()) {
            Stack stack = new Stack(context, env, new Template("test"));
            CloudFormationTarget.PARTS.forEach(p -> p.build(stack));
            out.put(env.name(), stack);
        }
        return out;
    }

    /** The templates of one example, by environment, built again (for tests that read the tree, not the text). */
    static java.util.Map<String, Template> templates(String example) {
        ResolvedSpec spec = resolve(example);
        java.util.Map<String, Template> out = new java.util.LinkedHashMap<>();
        dev.forge.synth.SynthContext context = new dev.forge.synth.SynthContext(spec, spec.environments(), java.util.Optional.empty());
        for (var env : spec.environments()) {
            Template t = new Template("test");
            Stack stack = new Stack(context, env, t);
            CloudFormationTarget.PARTS.forEach(p -> p.build(stack));
            out.put(env.name(), t);
        }
        return out;
    }
}
