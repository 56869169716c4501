package dev.forge.model;

import java.util.List;

/** Deployment notifications. */
@Doc("Deployment notifications: a message to a Slack channel when a deployment workflow finishes.")
public record NotifySpec(
        @Required @Format(regex = "^[A-Z_][A-Z0-9_]*$", hint = "a repository secret's name, such as SLACK_WEBHOOK_URL")
        @Doc("Name of the repository secret holding the Slack incoming-webhook URL (never the URL itself).") String slack,
        @Default("[success, failure]") @Format(regex = "^(?:success|failure)$", hint = "success or failure")
        @Doc("Which outcomes are posted.") List<String> on) {
}
