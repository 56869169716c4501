package dev.forge.targets.github;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.synth.SynthContext;

/**
 * {@code promote.yml}: dispatched by hand with the version to promote, a full commit SHA on the deploy branch. A first
 * job checks it (read only through {@code env:}, never written into a script); then one job per environment in
 * {@code ci.promote} order, each needing the one before, bound to its GitHub environment (whose required reviewers,
 * {@code ci.approvals}, are the approval), checks out that commit and applies its Terraform as {@code infra.yml}'s
 * apply does, in the same concurrency group, so a promotion and an apply never overlap for one environment; and, when
 * the spec has code CI deploys, a job {@code deploy-<env>} after it that deploys that commit's code exactly as
 * {@code deploy.yml} does (its images tagged by the version), before the next environment's promotion.
 */
final class PromoteWorkflow {

    static final String FILE = "promote.yml";
    static final String INPUT = "version";
    static final String VERSION_JOB = "version";

    private PromoteWorkflow() {
    }

    static Workflow build(SynthContext context, Repo repo) {
        String branch = context.spec().environments().get(0).spec().ci().github().branch();
        String dir = repo.output(Terraform.FOLDER);
        Workflow wf = new Workflow("promote", YamlMap.of("workflow_dispatch", YamlMap.of("inputs", YamlMap.of(INPUT,
                YamlMap.of("description", "The commit to promote: its full 40-hex SHA, on " + branch,
                        "required", true, "type", "string")))))
                .env("TF_IN_AUTOMATION", "true")
                .env("TF_INPUT", "false");
        wf.job(version(branch));
        String previous = VERSION_JOB;
        for (ResolvedEnv env : GithubActionsTarget.promotion(context.spec())) {
            Job promote = promote(dir, env, previous);
            previous = promote.id;
            wf.job(promote);
            if (DeployWorkflow.applies(env.spec())) {
                // then that commit's code, as deploy.yml deploys a push: images tagged by the version, functions,
                // services; in deploy.yml's concurrency group, so a promotion and a deploy never overlap
                Job deploy = DeployWorkflow.deploy(env, repo, "${{ needs." + VERSION_JOB + ".outputs.sha }}")
                        .needs(VERSION_JOB).needs(promote.id);
                previous = deploy.id;
                wf.job(deploy);
            }
        }
        return wf;
    }

    /** The version: a full commit SHA (a regular expression over the step's environment), and on the deploy branch. */
    private static Job version(String branch) {
        Shell sh = new Shell()
                .raw(Shell.Fragment.VERSION_IS_SHA)
                .cmd("git", "merge-base", "--is-ancestor", new Shell.Var("VERSION"), "origin/" + branch)
                .raw(Shell.Fragment.VERSION_OUTPUT);
        return new Job(VERSION_JOB, "Check the version", 5)
                .permission("contents", "read")
                .output("sha", "${{ steps.version.outputs.sha }}")
                .step(Step.checkout().with("fetch-depth", 0))
                .step(Step.run("A full commit SHA on " + branch, sh).id("version")
                        .env("VERSION", "${{ inputs." + INPUT + " }}"));
    }

    private static Job promote(String dir, ResolvedEnv env, String previous) {
        Step checkout = Step.checkout().with("ref", "${{ needs." + VERSION_JOB + ".outputs.sha }}");
        Job job = Terraform.cloudJob("promote-" + env.name(), "Promote to " + env.name(), 60, env, checkout)
                .needs(VERSION_JOB)
                .when(Terraform.ownRepository(env))
                .concurrency(Terraform.applyGroup(env)) // shared with infra.yml's apply: never both at once
                .step(Step.run("terraform apply", Terraform.apply()).in(Terraform.root(dir, env)));
        if (!previous.equals(VERSION_JOB)) {
            job.needs(previous); // promotion order: an environment gets the version only after the one before it
        }
        return job;
    }
}
