package dev.forge.targets.github;

import dev.forge.resolve.ResolvedEnv;
import java.util.List;

/**
 * deploy.yml after infra.yml. Both start on the same push, and nothing else orders them: a commit that adds a
 * function and its code would have its code deployed before Terraform (or the stack) created the function, and a
 * task definition rolled out before the apply registered the revision it starts from. So each deploy job first waits
 * for infra.yml's run of the same commit to finish that environment's apply (or change set), and deploys only on its
 * success; a push that changed no infrastructure code starts no infra.yml run, and the wait ends after a minute of
 * finding none. promote.yml needs no wait: each of its environments applies and then deploys in one sequence.
 */
final class InfraWait {

    private InfraWait() {
    }

    /** {@code job} waiting first for infra.yml's jobs that change {@code env}; unchanged when no infra.yml is written. */
    static Job first(Job job, ResolvedEnv env) {
        List<String> names = InfraWorkflow.applyJobNames(env.spec(), env);
        if (names.isEmpty()) {
            return job;
        }
        return job.permission("actions", "read")
                .longer(InfraWorkflow.LONGEST_APPLY_MINUTES + 10)
                .first(Step.run("Wait for " + InfraWorkflow.FILE + " to apply this commit in " + env.name(),
                        new Shell().raw(Shell.Fragment.WAIT_FOR_INFRA))
                        .env("GH_TOKEN", "${{ github.token }}")
                        .env("INFRA_JOBS", String.join("\n", names)));
    }
}
