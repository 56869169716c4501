package dev.forge.check.rules.ecs;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.diag.Severity;
import dev.forge.model.JobSpec;
import java.util.List;

/** FORGE-ECS-002: a job's CPU and memory are a Fargate task size. */
public final class FargateJobSize extends FargateSizes<JobSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-ECS-002", Levels.always(Severity.ERROR),
            "Job CPU and memory are a Fargate task size",
            "Fargate runs a task only at fixed CPU/memory pairs (0.25 vCPU with 512Mi-2Gi, 0.5 with 1-4Gi, 1 with 2-8Gi"
                    + " ...): any other pair is refused by ECS when the task definition is registered, in the middle of an"
                    + " apply. Forge refuses it before anything is written and names the smallest size that fits.",
            "Set `cpu` and `memory` to the Fargate size the message names.",
            List.of("AWS ECS developer guide: task size (Fargate)", "issue 13"));

    public FargateJobSize() {
        super(INFO, JobSpec.class, JobSpec::cpu, JobSpec::memory);
    }
}
