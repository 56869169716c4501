package dev.forge.targets.github;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.CiScheduleSpec;
import dev.forge.model.ScheduledKind;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.synth.SynthContext;
import java.util.List;

/**
 * {@code scheduled-<name>.yml}, one per entry of {@code ci.schedules}: on its cron (UTC) and by hand, a built-in kind,
 * never a script of the spec's. {@code cost-report}: per environment in {@code ci.promote} order, bound to its GitHub
 * environment, Cost Explorer's last seven days of the resources tagged with the app and the environment, summed per
 * service into the run's summary, with the role in the environment's variable {@code AWS_COST_REPORT_ROLE_ARN}: the
 * cost report role both AWS targets write ({@code platform.aws.GithubOidc.costReport}: {@code ce:GetCostAndUsage}
 * alone, trusted only for the job's GitHub environment; terraform-aws output {@code cost_report_role_arn}, the
 * stack's {@code CostReportRoleArn}). {@code forge-check}: ci.yml's forge check job, its SARIF to code scanning.
 */
final class ScheduledWorkflow {

    static final String PREFIX = "scheduled-";
    /** The GitHub environment variable holding the role the cost report assumes (the AWS targets' cost report role). */
    static final String COST_ROLE_VARIABLE = "AWS_COST_REPORT_ROLE_ARN";
    /** Cost Explorer's API is served from us-east-1 only. */
    static final String COST_EXPLORER_REGION = "us-east-1";

    private ScheduledWorkflow() {
    }

    static String file(CiScheduleSpec schedule) {
        return PREFIX + schedule.name() + ".yml";
    }

    static Workflow build(SynthContext context, CiScheduleSpec schedule) {
        Workflow wf = new Workflow(PREFIX + schedule.name(), YamlMap.of("schedule",
                List.of(YamlMap.of("cron", schedule.cron())), "workflow_dispatch", new YamlMap()));
        if (schedule.kind() == ScheduledKind.FORGE_CHECK) {
            return wf.job(CiWorkflow.checkJob());
        }
        for (ResolvedEnv env : GithubActionsTarget.promotion(context.spec())) {
            wf.job(costReport(env));
        }
        return wf;
    }

    private static Job costReport(ResolvedEnv env) {
        Shell sh = new Shell()
                .capture("START", "date", "-u", "-d", "7 days ago", "+%F")
                .capture("END", "date", "-u", "+%F")
                .cmd("jq", "-n", "{And: [{Tags: {Key: \"app\", Values: [env.APP]}},"
                        + " {Tags: {Key: \"environment\", Values: [env.FORGE_ENVIRONMENT]}}]}", Shell.TO_FILE, "filter.json")
                .cmd("aws", "ce", "get-cost-and-usage", "--region", COST_EXPLORER_REGION,
                        "--time-period", Shell.Join.of("Start=", new Shell.Var("START"), ",End=", new Shell.Var("END")),
                        "--granularity", "DAILY", "--metrics", "UnblendedCost",
                        "--group-by", "Type=DIMENSION,Key=SERVICE", "--filter", "file://filter.json",
                        "--output", "json", Shell.TO_FILE, "cost.json")
                .cmd("jq", "-r", "[.ResultsByTime[].Groups[] | {k: .Keys[0], v: (.Metrics.UnblendedCost.Amount | tonumber),"
                        + " u: .Metrics.UnblendedCost.Unit}] | group_by(.k) | map({k: .[0].k, v: (map(.v) | add), u: .[0].u})"
                        + " | sort_by(-.v) | .[] | \"| \\(.k) | \\((.v * 100 | round) / 100) \\(.u) |\"", "cost.json",
                        Shell.TO_FILE, "rows.md")
                .raw(Shell.Fragment.COST_SUMMARY);
        return new Job("cost-" + env.name(), "Cost report " + env.name(), 10)
                .environment(env.name())
                .when(Terraform.ownRepository(env))
                .permission("contents", "read")
                .permission("id-token", "write")
                .step(Step.uses("Assume the " + env.name() + " cost report role (OIDC)", Actions.CONFIGURE_AWS_CREDENTIALS)
                        .with("role-to-assume", "${{ vars." + COST_ROLE_VARIABLE + " }}")
                        .with("aws-region", COST_EXPLORER_REGION))
                .step(Step.run("Cost of the last seven days per service", sh)
                        .env("APP", env.spec().app())
                        .env("FORGE_ENVIRONMENT", env.name()));
    }
}
