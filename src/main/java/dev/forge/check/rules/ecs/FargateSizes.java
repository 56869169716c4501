package dev.forge.check.rules.ecs;

import dev.forge.check.Result;
import dev.forge.check.Violation;
import dev.forge.model.Cpu;
import dev.forge.model.Size;
import dev.forge.platform.aws.Fargate;
import java.util.Set;

/** The check both Fargate size rules share: cpu/memory must be exactly a Fargate task size. */
final class FargateSizes {

    /** The target that runs services and jobs on Fargate. */
    static final Set<String> TARGETS = Set.of("terraform-aws");

    private FargateSizes() {
    }

    static Result check(Cpu cpu, Size memory, String who) {
        if (cpu == null || memory == null || Fargate.valid(cpu, memory)) {
            return Result.compliant();
        }
        Fargate.TaskSize fit = Fargate.fit(cpu, memory);
        String fix = fit == null ? "no Fargate size is that large (at most 16 vCPU with 120Gi)"
                : "use `" + fit.spelling() + "`, the smallest Fargate size that holds it";
        return Result.fail(Violation.at("memory", who + " asks for cpu " + cpu + " with memory " + memory
                + ", which is not a Fargate task size; " + fix + " (Fargate sizes: " + Fargate.table() + ")"));
    }
}
