package dev.forge.model;

import java.util.List;

/** Continuous integration and delivery. */
@Doc("Continuous integration and delivery.")
public record CiSpec(
        @Required @Doc("The GitHub repository that builds and deploys the app.") GithubSpec github,
        @Format(regex = Names.RESOURCE, hint = "an environment name")
        @Doc("Order in which a change is promoted through environments; defaults to all environments in"
                + " declaration order.") List<String> promote,
        @Format(regex = Names.RESOURCE, hint = "an environment name")
        @Doc("Environments whose deployments a person approves; defaults to those whose `approval` is true.")
        List<String> approvals,
        @Default("true") @Doc("Authenticate to the cloud with OIDC instead of long-lived keys.") Boolean oidc,
        @Default("ecr") @Doc("Where images are pushed.") Registry registry,
        @Default("0 6 * * 1-5") @Format(regex = "^\\S+ \\S+ \\S+ \\S+ \\S+$", hint = "a five-field cron expression")
        @Doc("When to look for drift between the infrastructure and its code (cron, UTC).") String drift,
        @Default("[terraform]")
        @Doc("Which infrastructure code CI plans and applies, checks for drift and promotes: `terraform` (the"
                + " terraform-aws target's output) and/or `cloudformation` (the cloudformation target's stacks, through"
                + " change sets). A target does not see which others a run selects, so the spec says it.") List<Iac> iac,
        @Doc("Post the outcome of every deployment workflow (infra, deploy, promote) to a Slack channel.") NotifySpec notifications,
        @Doc("Scheduled workflows of built-in kinds (a weekly cost report, a scheduled forge check).")
        List<CiScheduleSpec> schedules) {
}
