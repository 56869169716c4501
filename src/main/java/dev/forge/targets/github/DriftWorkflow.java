package dev.forge.targets.github;

import dev.forge.emit.yaml.YamlMap;
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

    private DriftWorkflow() {
    }

    static Workflow build(SynthContext context, Repo repo) {
        String cron = context.spec().environments().get(0).spec().ci().drift();
        String dir = repo.output(Terraform.FOLDER);
        Workflow wf = new Workflow("drift", YamlMap.of("schedule", List.of(YamlMap.of("cron", cron)),
                "workflow_dispatch", new YamlMap()))
                .env("TF_IN_AUTOMATION", "true")
                .env("TF_INPUT", "false");
        for (ResolvedEnv env : GithubActionsTarget.promotion(context.spec())) {
            wf.job(drift(dir, env));
        }
        return wf;
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
    static final String ISSUE_SCRIPT = String.join("\n",
            "const env = process.env.FORGE_ENVIRONMENT;",
            "const title = '" + TITLE + "' + env;",
            "const { owner, repo } = context.repo;",
            "const run = context.serverUrl + '/' + owner + '/' + repo + '/actions/runs/' + context.runId;",
            "const open = await github.paginate(github.rest.issues.listForRepo, { owner, repo, state: 'open', per_page: 100 });",
            "const mine = open.find(i => !i.pull_request && i.title === title);",
            "if (process.env.DRIFT_STATUS === '2') {",
            "  let plan = process.env.PLAN || '(no plan: see the job log)';",
            "  if (plan.length > 60000) {",
            "    plan = plan.slice(0, 60000) + '\\n... (cut: the whole plan is in the job log)';",
            "  }",
            "  const summary = plan.split('\\n').filter(l => /^(Note: Objects have changed|Plan:|  # )/.test(l)).join('\\n');",
            "  const body = 'The infrastructure of `' + env + '` differs from its Terraform state (found by ' + run + ').\\n\\n'",
            "    + '```\\n' + (summary || 'see the plan') + '\\n```\\n\\n<details><summary>plan -refresh-only</summary>\\n\\n'",
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
