package dev.forge.check.rules.ecs;

import dev.forge.check.Result;
import dev.forge.check.Violation;
import dev.forge.model.Cpu;
import dev.forge.model.Size;
import dev.forge.platform.aws.Fargate;
import java.util.Set;

/** What both Fargate size rules share: cpu/memory must be exactly a Fargate task size, when terraform-aws renders it. */
abstract class FargateSizes<T extends Record> implements dev.forge.check.ResourceRule<T> {

    /** The target that runs services and jobs on Fargate. */
    static final Set<String> TARGETS = Set.of("terraform-aws");

    private final dev.forge.check.RuleInfo info;
    private final Class<T> type;
    private final java.util.function.Function<T, Cpu> cpu;
    private final java.util.function.Function<T, Size> memory;

    FargateSizes(dev.forge.check.RuleInfo info, Class<T> type, java.util.function.Function<T, Cpu> cpu,
                 java.util.function.Function<T, Size> memory) {
        this.info = info;
        this.type = type;
        this.cpu = cpu;
        this.memory = memory;
    }

    @Override
    public final dev.forge.check.RuleInfo info() {
        return info;
    }

    @Override
    public final Class<T> type() {
        return type;
    }

    @Override
    public final Result check(dev.forge.check.Subject<T> r) {
        return check(cpu.apply(r.spec()), memory.apply(r.spec()), r.who());
    }

    @Override
    public final java.util.List<String> reads() {
        return java.util.List.of("cpu", "memory");
    }

    @Override
    public final Set<String> renderedBy() {
        return TARGETS;
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
