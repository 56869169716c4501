package dev.forge.targets.github;

import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.synth.SynthContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code infra.yml} for the Terraform the terraform-aws target writes ({@code <out>/terraform-aws}): on pull requests
 * {@code fmt -check}, {@code init} and {@code validate} of every environment root, a plan per environment and one
 * pull-request comment with every plan, updated in place on each push; on pushes to the deploy branch, apply per
 * environment in {@code ci.promote} order, each job bound to its GitHub environment (whose required reviewers are
 * the approval) and in a concurrency group of its own, so two applies never overlap for one environment.
 */
final class InfraWorkflow {

    static final String FILE = "infra.yml";
    /** The terraform-aws target's folder in the output. */
    static final String TERRAFORM_FOLDER = Terraform.FOLDER;
    /** Marks the plan comment, so a later run finds and updates it instead of adding another. */
    static final String MARKER = "<!-- forge:terraform-plan -->";
    /** A job may hold cloud credentials only on the repository's own pull requests: forks get no OIDC token. */
    static final String SAME_REPOSITORY = "github.event.pull_request.head.repo.full_name == github.repository";

    /** Minutes the longest job changing one environment's infrastructure may take (a stack's change set). */
    static final int LONGEST_APPLY_MINUTES = 90;

    private InfraWorkflow() {
    }

    /**
     * The names (as GitHub's API reports them) of the jobs of this workflow that change {@code env}'s infrastructure on
     * a push: Terraform's apply and/or the stack's change set, as {@code ci.iac} asks. Empty when no infra.yml is
     * written.
     */
    static List<String> applyJobNames(Spec s, ResolvedEnv env) {
        if (!GithubActionsTarget.deploysInfrastructure(s)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (CloudFormation.terraform(s)) {
            names.add(applyName(env));
        }
        if (CloudFormation.selected(s)) {
            names.add(executeName(env));
        }
        return names;
    }

    private static String applyName(ResolvedEnv env) {
        return "Apply " + env.name();
    }

    private static String executeName(ResolvedEnv env) {
        return "Deploy stack " + env.name();
    }

    static Workflow build(SynthContext context, Repo repo) {
        Spec s = context.spec().environments().get(0).spec();
        boolean terraform = CloudFormation.terraform(s);
        boolean cloudFormation = CloudFormation.selected(s);
        String dir = repo.output(TERRAFORM_FOLDER);
        String stacks = repo.output(CloudFormation.FOLDER);
        List<ResolvedEnv> order = GithubActionsTarget.promotion(context.spec());
        List<String> paths = new ArrayList<>();
        if (terraform) {
            paths.add(dir + "/**");
        }
        if (cloudFormation) {
            paths.add(stacks + "/**");
        }
        paths.add(".github/workflows/" + FILE);
        Workflow wf = new Workflow("infra", Workflow.pullRequestAndPush(s.ci().github().branch(), paths));
        if (terraform) {
            wf.env("TF_IN_AUTOMATION", "true").env("TF_INPUT", "false");
            wf.job(validate(dir, order));
            List<String> plans = new ArrayList<>();
            for (ResolvedEnv env : order) {
                Job plan = plan(dir, env);
                plans.add(plan.id);
                wf.job(plan);
            }
            wf.job(comment("plan-comment", "Post the plans on the pull request", MARKER, "Terraform plans", "plan",
                    order, plans));
            String previous = null;
            for (ResolvedEnv env : order) {
                Job apply = apply(dir, env, previous);
                previous = apply.id;
                wf.job(apply);
            }
        }
        if (cloudFormation) {
            List<String> changeSets = new ArrayList<>();
            for (ResolvedEnv env : order) {
                Job changeSet = changeSet(stacks, env);
                changeSets.add(changeSet.id);
                wf.job(changeSet);
            }
            wf.job(comment("change-set-comment", "Post the change sets on the pull request", CHANGE_SET_MARKER,
                    "CloudFormation change sets", "change set", order, changeSets));
            String previous = null;
            for (ResolvedEnv env : order) {
                Job execute = execute(stacks, env, previous);
                previous = execute.id;
                wf.job(execute);
            }
        }
        return wf;
    }

    /**
     * A pull request's change set of the environment's stack: created as the merge would create it, its resource
     * changes kept as the job output {@code plan}, then dropped (the merge creates its own from the merged commit).
     */
    private static Job changeSet(String dir, ResolvedEnv env) {
        Shell sh = CloudFormation.createChangeSet(env)
                .raw(Shell.Fragment.CHANGE_SET_SUMMARY)
                .cmd("cat", "plan.txt")
                .raw(Shell.Fragment.DELIMITER)
                .raw(Shell.Fragment.PLAN_OUTPUT)
                .cmd("aws", "cloudformation", "delete-change-set", "--stack-name", new Shell.Var("STACK"),
                        "--change-set-name", new Shell.Var("CHANGE_SET"));
        return CloudFormation.stackJob("change-set-" + env.name(), "Change set " + env.name(), 30, env)
                .when("github.event_name == 'pull_request' && " + SAME_REPOSITORY + " && " + Terraform.ownRepository(env))
                .output("plan", "${{ steps.change-set.outputs.plan }}")
                .step(Step.run("Create, describe and drop a change set", sh).id("change-set").in(dir));
    }

    /** On a push: a change set of the merged commit, run on the environment's stack, after the one before it. */
    private static Job execute(String dir, ResolvedEnv env, String previous) {
        Job job = CloudFormation.stackJob("execute-" + env.name(), executeName(env), LONGEST_APPLY_MINUTES, env)
                .when("github.event_name == 'push' && " + Terraform.ownRepository(env))
                .concurrency(CloudFormation.executeGroup(env));
        if (previous != null) {
            job.needs(previous); // promotion order: an environment is deployed only after the one before it
        }
        return job.step(Step.run("Create and execute a change set",
                CloudFormation.createChangeSet(env).raw(Shell.Fragment.EXECUTE_CHANGE_SET)).in(dir));
    }

    private static Job validate(String dir, List<ResolvedEnv> order) {
        Shell sh = new Shell().cmd("terraform", "fmt", "-check", "-recursive", "-diff");
        for (ResolvedEnv env : order) {
            String root = "-chdir=environments/" + env.name();
            sh.cmd("terraform", root, "init", "-backend=false").cmd("terraform", root, "validate", "-no-color");
        }
        return new Job("validate", "terraform fmt, init and validate", 15)
                .permission("contents", "read")
                .step(Step.checkout())
                .step(Terraform.setup())
                .step(Step.run("fmt -check, init and validate every environment", sh).in(dir));
    }

    private static Job plan(String dir, ResolvedEnv env) {
        Shell sh = new Shell()
                .cmd("terraform", "init", "-backend-config=backend.hcl")
                .cmd("terraform", "plan", "-no-color", "-lock-timeout=5m", "-out=tfplan")
                .cmd("terraform", "show", "-no-color", "tfplan", Shell.TO_FILE, "plan.txt")
                .raw(Shell.Fragment.DELIMITER)
                .raw(Shell.Fragment.PLAN_OUTPUT);
        return Terraform.cloudJob("plan-" + env.name(), "Plan " + env.name(), 30, env, Step.checkout())
                .needs("validate")
                .when("github.event_name == 'pull_request' && " + SAME_REPOSITORY + " && " + Terraform.ownRepository(env))
                .output("plan", "${{ steps.plan.outputs.plan }}")
                .step(Step.run("terraform plan", sh).id("plan").in(Terraform.root(dir, env)));
    }

    private static Job apply(String dir, ResolvedEnv env, String previous) {
        Job job = Terraform.cloudJob("apply-" + env.name(), applyName(env), 60, env, Step.checkout())
                .needs("validate")
                .when("github.event_name == 'push' && " + Terraform.ownRepository(env))
                .concurrency(Terraform.applyGroup(env));
        if (previous != null) {
            job.needs(previous); // promotion order: an environment is applied only after the one before it
        }
        return job.step(Step.run("terraform apply", Terraform.apply()).in(Terraform.root(dir, env)));
    }

    /** One comment on the pull request holding every environment's output, found by its marker and updated in place. */
    private static Job comment(String id, String name, String marker, String title, String what,
            List<ResolvedEnv> order, List<String> jobs) {
        Step script = Step.uses("Post or update the " + what + " comment", Actions.GITHUB_SCRIPT)
                .env("FORGE_ENVIRONMENTS", order.stream().map(ResolvedEnv::name).collect(Collectors.joining(",")));
        for (int i = 0; i < order.size(); i++) {
            String key = variable(order.get(i).name());
            script.env("PLAN_" + key, "${{ needs." + jobs.get(i) + ".outputs.plan }}")
                    .env("RESULT_" + key, "${{ needs." + jobs.get(i) + ".result }}");
        }
        script.with("script", commentScript(marker, title, what));
        Job job = new Job(id, name, 5)
                .when("always() && github.event_name == 'pull_request' && " + SAME_REPOSITORY)
                .permission("pull-requests", "write"); // the comment, and nothing else
        jobs.forEach(job::needs);
        return job.step(script);
    }

    /** An environment name as part of a variable name: {@code my-env} gives {@code MY_ENV}. */
    static String variable(String env) {
        return env.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** Marks the change-set comment, as {@link #MARKER} marks the plan comment. */
    static final String CHANGE_SET_MARKER = "<!-- forge:cloudformation-change-sets -->";

    /** The Terraform plan comment's script. */
    static final String COMMENT_SCRIPT = commentScript(MARKER, "Terraform plans", "plan");

    /** Reads everything from the step's environment; no expression is part of the script. */
    static String commentScript(String marker, String title, String what) {
        return String.join("\n",
            "const marker = '" + marker + "';",
            "const envs = process.env.FORGE_ENVIRONMENTS.split(',');",
            "const limit = Math.floor(60000 / envs.length);",
            "let body = marker + '\\n## " + title + "\\n';",
            "for (const env of envs) {",
            "  const key = env.toUpperCase().replace(/[^A-Z0-9]/g, '_');",
            "  let plan = process.env['PLAN_' + key] || '(no " + what + ": see the job log)';",
            "  if (plan.length > limit) {",
            "    plan = plan.slice(0, limit) + '\\n... (cut: the whole " + what + " is in the job log)';",
            "  }",
            "  body += '\\n### ' + env + ': ' + process.env['RESULT_' + key] + '\\n\\n<details><summary>" + what + "</summary>\\n\\n'",
            "    + '```\\n' + plan + '\\n```\\n\\n</details>\\n';",
            "}",
            "const { owner, repo } = context.repo;",
            "const issue_number = context.issue.number;",
            "const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });",
            "const mine = comments.find(c => c.user && c.user.type === 'Bot' && (c.body || '').startsWith(marker));",
            "if (mine) {",
            "  await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });",
            "} else {",
            "  await github.rest.issues.createComment({ owner, repo, issue_number, body });",
            "}") + "\n";
    }
}
