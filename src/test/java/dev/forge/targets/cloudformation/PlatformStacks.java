package dev.forge.targets.cloudformation;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.SynthContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The platform parts run alone over an example's environments, after the image repositories they run images from. */
final class PlatformStacks {

    static final List<String> EXAMPLES = List.of("ai-validation-platform", "forge-platform");

    static final List<Part> PARTS = List.of(new RepositoriesPart(), new NetworkPart(), new SecurityGroupsPart(), new EcsServicesPart(),
            new EcsJobsPart(), new DatabasesPart(), new CachesPart(), new LoadBalancersPart(), new WafPart());

    private PlatformStacks() {
    }

    static ResolvedSpec resolve(String example) {
        return dev.forge.testkit.Examples.resolve(example);
    }

    static SynthContext context(String example) {
        ResolvedSpec spec = resolve(example);
        Path dir = dev.forge.testkit.Examples.repoRoot().resolve("examples").resolve(example);
        return new SynthContext(spec, spec.environments(), Optional.of(new SynthContext.Layout(dir, dir.resolve("out"))));
    }

    /** Every environment's stack of {@code example}, built by the platform parts. */
    static List<Stack> stacks(String example) {
        SynthContext context = context(example);
        List<Stack> out = new ArrayList<>();
        for (ResolvedEnv env : context.environments()) {
            Stack stack = new Stack(context, env, new Template(example + " (" + env.name() + ")"));
            PARTS.forEach(p -> p.build(stack));
            out.add(stack);
        }
        return out;
    }
}
