package dev.forge.targets.github;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.synth.SynthContext;
import java.util.List;

/**
 * {@code drift.yml}: on the schedule {@code ci.drift} (cron, UTC) and by hand, per environment in {@code ci.promote}
 * order a {@code terraform plan -refresh-only -detailed-exitcode} of its root with the role {@code infra.yml} plans
 * with, without taking the state lock (it writes nothing, and must not stall an apply). Exit 2 is drift: one issue per
 * environment, titled {@code Drift: <env>}, is opened or updated with the plan; exit 0 closes that issue if it is open;
 * anything else fails the job.
 */
final class DriftWorkflow {

    static final String FILE = "drift.yml";
    /** The title of an environment's drift issue: how a later run finds it. */
    static final String TITLE = "Drift: ";
    /** The title of an environment's CloudFormation drift issue. */
    static final String STACK_TITLE = "Stack drift: ";

    private DriftWorkflow() {
    }

    static Workflow build(SynthContext context, Repo repo) {
        Spec s = context.spec().environments().get(0).spec();
        String cron = s.ci().drift();
        String dir = repo.output(Terraform.FOLDER);
        Workflow wf = new Workflow("drift", YamlMap.of("schedule", List.of(YamlMap.of("cron", cron)),
                "workflow_dispatch", new YamlMap()));
        if (CloudFormation.terraform(s)) {
            wf.env("TF_IN_AUTOMATION", "true").env("TF_INPUT", "false");
            for (ResolvedEnv env : GithubActionsTarget.promotion(context.spec())) {
                wf.job(drift(dir, env));
            }
        }
        if (CloudFormation.selected(s)) {
            for (ResolvedEnv env : GithubActionsTarget.promotion(context.spec())) {
                wf.job(stackDrift(env));
            }
        }
        return wf;
    }

    /**
     * CloudFormation's drift detection of the environment's stack with its deploy role ({@code detect-stack-drift},
     * polled, then {@code describe-stack-resource-drifts} of the modified and deleted resources): drifted is status 2,
     * in sync 0, as the Terraform job's exit code, and the same issue handling under the title {@code Stack drift: <env>}.
     */
    private static Job stackDrift(ResolvedEnv env) {
        Shell.Var stack = new Shell.Var("STACK");
        Shell sh = new Shell()
                .capture("DETECTION", "aws", "cloudformation", "detect-stack-drift", "--stack-name", stack,
                        "--query", "StackDriftDetectionId", "--output", "text")
                .raw(Shell.Fragment.WAIT_DRIFT_DETECTION)
                .raw(Shell.Fragment.DRIFT_STATUS)
                .cmd("aws", "cloudformation", "describe-stack-resource-drifts", "--stack-name", stack,
                        "--stack-resource-drift-status-filters", "MODIFIED", "DELETED", "--query",
                        "StackResourceDrifts[].[LogicalResourceId,ResourceType,StackResourceDriftStatus]",
                        "--output", "table", Shell.TO_FILE, "plan.txt")
                .cmd("cat", "plan.txt")
                .raw(Shell.Fragment.STATUS_OUTPUT)
                .raw(Shell.Fragment.DELIMITER)
                .raw(Shell.Fragment.PLAN_OUTPUT);
        return CloudFormation.stackJob("stack-drift-" + env.name(), "Stack drift " + env.name(), 45, env)
                .when(Terraform.ownRepository(env))
                .permission("issues", "write") // the drift issue, and nothing else
                .step(Step.run("CloudFormation drift detection", sh).id("plan"))
                .step(Step.uses("Open, update or close the drift issue", Actions.GITHUB_SCRIPT)
                        .env("FORGE_ENVIRONMENT", env.name())
                        .env("DRIFT_STATUS", "${{ steps.plan.outputs.status }}")
                        .env("PLAN", "${{ steps.plan.outputs.plan }}")
                        .with("script", STACK_ISSUE_SCRIPT));
    }

    private static Job drift(String dir, ResolvedEnv env) {
        Shell sh = new Shell()
                .cmd("terraform", "init", "-backend-config=backend.hcl")
                .raw(Shell.Fragment.STATUS_ZERO)
                .cmd("terraform", "plan", "-refresh-only", "-detailed-exitcode", "-lock=false", "-no-color",
                        Shell.TO_FILE, "plan.txt", Shell.KEEP_STATUS)
                .cmd("cat", "plan.txt")
                .raw(Shell.Fragment.STATUS_OUTPUT)
                .raw(Shell.Fragment.DELIMITER)
                .raw(Shell.Fragment.PLAN_OUTPUT)
                .raw(Shell.Fragment.FAIL_UNLESS_0_OR_2);
        return Terraform.cloudJob("drift-" + env.name(), "Drift " + env.name(), 30, env, Step.checkout())
                .when(Terraform.ownRepository(env))
                .permission("issues", "write") // the drift issue, and nothing else
                .step(Step.run("terraform plan -refresh-only", sh).id("plan").in(Terraform.root(dir, env)))
                .step(Step.uses("Open, update or close the drift issue", Actions.GITHUB_SCRIPT)
                        .env("FORGE_ENVIRONMENT", env.name())
                        .env("DRIFT_STATUS", "${{ steps.plan.outputs.status }}")
                        .env("PLAN", "${{ steps.plan.outputs.plan }}")
                        .with("script", ISSUE_SCRIPT));
    }

    /** Reads everything from the step's environment; no expression is part of the script. */
    static final String ISSUE_SCRIPT = issueScript(TITLE, "its Terraform state", "plan -refresh-only",
            "plan.split('\\n').filter(l => /^(Note: Objects have changed|Plan:|  # )/.test(l)).join('\\n')");
    /** The CloudFormation drift issue's script: the summary is the table of drifted resources. */
    static final String STACK_ISSUE_SCRIPT = issueScript(STACK_TITLE, "its CloudFormation template",
            "drifted resources",
            "plan.split('\\n').filter(l => / (MODIFIED|DELETED) /.test(l)).length + ' resources modified or deleted'");

    static String issueScript(String titlePrefix, String source, String details, String summary) {
        return String.join("\n",
            "const env = process.env.FORGE_ENVIRONMENT;",
            "const title = '" + titlePrefix + "' + env;",
            "const { owner, repo } = context.repo;",
            "const run = context.serverUrl + '/' + owner + '/' + repo + '/actions/runs/' + context.runId;",
            "const open = await github.paginate(github.rest.issues.listForRepo, { owner, repo, state: 'open', per_page: 100 });",
            "const mine = open.find(i => !i.pull_request && i.title === title);",
            "if (process.env.DRIFT_STATUS === '2') {",
            "  let plan = process.env.PLAN || '(no plan: see the job log)';",
            "  if (plan.length > 60000) {",
            "    plan = plan.slice(0, 60000) + '\\n... (cut: the whole plan is in the job log)';",
            "  }",
            "  const summary = " + summary + ";",
            "  const body = 'The infrastructure of `' + env + '` differs from " + source + " (found by ' + run + ').\\n\\n'",
            "    + '```\\n' + (summary || 'see the plan') + '\\n```\\n\\n<details><summary>" + details + "</summary>\\n\\n'",
            "    + '```\\n' + plan + '\\n```\\n\\n</details>\\n';",
            "  if (mine) {",
            "    await github.rest.issues.update({ owner, repo, issue_number: mine.number, body });",
            "  } else {",
            "    await github.rest.issues.create({ owner, repo, title, body });",
            "  }",
            "} else if (process.env.DRIFT_STATUS === '0' && mine) {",
            "  await github.rest.issues.createComment({ owner, repo, issue_number: mine.number, body: 'No drift any more (' + run + ').' });",
            "  await github.rest.issues.update({ owner, repo, issue_number: mine.number, state: 'closed', state_reason: 'completed' });",
            "}") + "\n";
    }
}
