package dev.forge.targets.github;

import dev.forge.resolve.ResolvedEnv;

/**
 * The building blocks every workflow that runs the terraform-aws target's Terraform shares ({@code infra.yml},
 * {@code drift.yml}, {@code promote.yml}): where an environment's root is, the job that holds its cloud credentials,
 * the apply and its concurrency group. One place, so a promotion applies exactly as a merge does and the two never
 * overlap for one environment.
 */
final class Terraform {

    /** The terraform-aws target's folder in the output (its name; no code of it is used here). */
    static final String FOLDER = "terraform-aws";

    private Terraform() {
    }

    /** The environment's Terraform root, from the repository's root. */
    static String root(String dir, ResolvedEnv env) {
        return dir + "/environments/" + env.name();
    }

    /**
     * A job holding the environment's cloud credentials: bound to its GitHub environment (the deploy role trusts only
     * {@code repo:OWNER/NAME:environment:ENV}, and the environment's reviewers gate it), with {@code id-token: write}
     * for OIDC and nothing else written (FORGE-CI-001, FORGE-CI-005: no stored keys), checked out by {@code checkout}.
     */
    static Job cloudJob(String id, String name, int timeout, ResolvedEnv env, Step checkout) {
        return new Job(id, name, timeout)
                .environment(env.name())
                .permission("contents", "read")
                .permission("id-token", "write")
                .step(checkout)
                .step(setup())
                .step(Step.uses("Assume the " + env.name() + " role (OIDC)", Actions.CONFIGURE_AWS_CREDENTIALS)
                        .with("role-to-assume", "${{ vars." + GithubActionsTarget.ROLE_VARIABLE + " }}")
                        .with("aws-region", env.environment().region()));
    }

    /** Only the spec's repository holds the roles: a fork or a copy of it never tries to assume them. */
    static String ownRepository(ResolvedEnv env) {
        return "github.repository == '" + env.spec().ci().github().repo() + "'";
    }

    /**
     * The Terraform CLI every job installs: the release Forge's own suite validates and plans every emitted root with
     * (tools/tf-provider, {@code forge verify}), inside terraform-aws's {@code required_version}. Pinned, not the
     * action's default {@code latest}: a new major release would otherwise reach the applies unreviewed, and the
     * plan a pull request shows could come from another release than the apply that follows it.
     */
    static final String CLI_VERSION = "1.11.4";

    static Step setup() {
        // no wrapper: plain terraform, so `terraform show > plan.txt` holds the plan and nothing else
        return Step.uses("Set up Terraform", Actions.SETUP_TERRAFORM).with("terraform_version", CLI_VERSION)
                .with("terraform_wrapper", false);
    }

    /** The apply: init against the environment's backend, plan, and apply exactly that plan. */
    static Shell apply() {
        return new Shell()
                .cmd("terraform", "init", "-backend-config=backend.hcl")
                .cmd("terraform", "plan", "-no-color", "-lock-timeout=5m", "-out=tfplan")
                .cmd("terraform", "apply", "-no-color", "-lock-timeout=5m", "tfplan");
    }

    /** The one concurrency group of every apply to an environment (infra.yml's and promote.yml's): never two at once. */
    static String applyGroup(ResolvedEnv env) {
        return "terraform-apply-" + env.name();
    }
}
