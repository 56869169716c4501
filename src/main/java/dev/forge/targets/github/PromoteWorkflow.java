package dev.forge.targets.github;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.synth.SynthContext;

/**
 * {@code promote.yml}: dispatched by hand with the version to promote, a full commit SHA on the deploy branch. A first
 * job checks it (read only through {@code env:}, never written into a script); then one job per environment in
 * {@code ci.promote} order, each needing the one before, bound to its GitHub environment (whose required reviewers,
 * {@code ci.approvals}, are the approval), checks out that commit and applies its Terraform as {@code infra.yml}'s
 * apply does, in the same concurrency group, so a promotion and an apply never overlap for one environment; with
 * {@code ci.iac: [cloudformation]} a job {@code promote-stack-<env>} that executes a change set of that commit's
 * template on the environment's stack as {@code infra.yml}'s execution does (its concurrency group too); and, when
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
        Spec s = context.spec().environments().get(0).spec();
        boolean terraform = CloudFormation.terraform(s);
        boolean stacks = CloudFormation.selected(s);
        String dir = repo.output(Terraform.FOLDER);
        Workflow wf = new Workflow("promote", YamlMap.of("workflow_dispatch", YamlMap.of("inputs", YamlMap.of(INPUT,
                YamlMap.of("description", "The commit to promote: its full 40-hex SHA, on " + branch,
                        "required", true, "type", "string")))));
        if (terraform) {
            wf.env("TF_IN_AUTOMATION", "true").env("TF_INPUT", "false");
        }
        wf.job(version(branch));
        String previous = VERSION_JOB;
        for (ResolvedEnv env : GithubActionsTarget.promotion(context.spec())) {
            if (terraform) {
                Job promote = promote(dir, env, previous);
                previous = promote.id;
                wf.job(promote);
            }
            if (stacks) {
                // the version's template on the environment's stack, after its Terraform (when both are deployed)
                Job stack = promoteStack(repo.output(CloudFormation.FOLDER), env, previous);
                previous = stack.id;
                wf.job(stack);
            }
            if (DeployWorkflow.applies(env.spec())) {
                // then that commit's code, as deploy.yml deploys a push: images tagged by the version, functions,
                // services; in deploy.yml's concurrency group, so a promotion and a deploy never overlap
                Job deploy = DeployWorkflow.deploy(env, repo, SHA).needs(VERSION_JOB).needs(previous);
                String before = previous;
                ImageBuilds.otherArchitecture(env, repo, SHA).ifPresent(images -> {
                    wf.job(images.needs(VERSION_JOB).needs(before)); // the version's images of the other architecture
                    deploy.needs(images.id);
                });
                previous = deploy.id;
                wf.job(deploy);
            }
        }
        return wf;
    }

    /** The checked version: the {@code version} job's output, never the input itself. */
    static final String SHA = "${{ needs." + VERSION_JOB + ".outputs.sha }}";

    /**
     * The version's CloudFormation template on the environment's stack, as {@code infra.yml}'s {@code execute-<env>}
     * runs a merged commit's: bound to the environment with the stack's deploy role, in the same concurrency group (a
     * promotion and an execution never overlap for one stack); the version checked out, its template packaged and
     * uploaded as {@code <stack>/template-<version>.yaml}, a change set created with its parameters and tags, waited
     * for, executed and the stack update waited for. A failed change set fails the job with CloudFormation's reason, a
     * failed update (rolled back by CloudFormation) with the stack's last events; nothing to change drops the change set.
     */
    private static Job promoteStack(String dir, ResolvedEnv env, String previous) {
        Step checkout = Step.checkout().with("ref", SHA);
        Job job = CloudFormation.stackJob("promote-stack-" + env.name(), "Promote the " + env.name() + " stack", 90, env,
                        checkout)
                .needs(VERSION_JOB)
                .when(Terraform.ownRepository(env))
                .concurrency(CloudFormation.executeGroup(env)); // shared with infra.yml's execute: never both at once
        if (!previous.equals(VERSION_JOB)) {
            job.needs(previous); // promotion order
        }
        return job.step(Step.run("Create and execute a change set of the version's template",
                        CloudFormation.createChangeSet(env, new Shell.Var("VERSION")).raw(Shell.Fragment.EXECUTE_CHANGE_SET))
                .in(dir)
                .env("VERSION", SHA));
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
        Step checkout = Step.checkout().with("ref", SHA);
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
