package dev.forge.targets.github;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.NotifySpec;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code notify.yml} ({@code ci.notifications}): when a deployment workflow ({@code infra}, {@code deploy},
 * {@code promote}: those written) completes, not for a pull request, and its conclusion is one the spec lists, one
 * message to the Slack incoming webhook whose URL is the repository secret the spec names. {@code workflow_run} runs
 * with the default branch's workflow and the repository's secrets, so everything the triggering run carries (its
 * branch name, title, actor: set by whoever pushed) reaches the script only through {@code env:}, is put into JSON by
 * {@code jq --arg}, and is never part of the script's text. The job holds no token permission at all.
 */
final class NotifyWorkflow {

    static final String FILE = "notify.yml";

    private NotifyWorkflow() {
    }

    /** The outcomes posted: {@code on}, default success and failure. */
    static List<String> outcomes(NotifySpec notify) {
        return notify.on() == null || notify.on().isEmpty() ? List.of("failure", "success")
                : notify.on().stream().distinct().sorted().toList();
    }

    static Workflow build(NotifySpec notify, List<String> workflows, String repository) {
        Workflow wf = new Workflow("notify", YamlMap.of("workflow_run",
                YamlMap.of("workflows", List.copyOf(workflows), "types", List.of("completed"))));
        List<String> on = outcomes(notify);
        String conclusions = on.stream().map(c -> "github.event.workflow_run.conclusion == '" + c + "'")
                .collect(Collectors.joining(" || "));
        Shell sh = new Shell()
                .capture("PAYLOAD", "jq", "-n", "--arg", "workflow", new Shell.Var("WORKFLOW"),
                        "--arg", "conclusion", new Shell.Var("CONCLUSION"), "--arg", "branch", new Shell.Var("BRANCH"),
                        "--arg", "sha", new Shell.Var("SHA"), "--arg", "url", new Shell.Var("RUN_URL"),
                        "--arg", "repository", new Shell.Var("REPOSITORY"),
                        "{text: ($repository + \": \" + $workflow + \" \" + $conclusion + \" on \" + $branch + \" at \""
                                + " + $sha[0:7] + \" (\" + $url + \")\")}")
                .cmd("curl", "--fail", "--silent", "--show-error", "--max-time", "30", "-X", "POST",
                        "-H", "Content-Type: application/json", "--data", new Shell.Var("PAYLOAD"),
                        new Shell.Var("SLACK_WEBHOOK_URL"));
        return wf.job(new Job("slack", "Post to Slack", 5)
                .when("github.repository == '" + repository + "' && github.event.workflow_run.event != 'pull_request'"
                        + " && (" + conclusions + ")")
                .step(Step.run("Post the outcome", sh)
                        .env("SLACK_WEBHOOK_URL", "${{ secrets." + notify.slack() + " }}")
                        .env("REPOSITORY", "${{ github.repository }}")
                        .env("WORKFLOW", "${{ github.event.workflow_run.name }}")
                        .env("CONCLUSION", "${{ github.event.workflow_run.conclusion }}")
                        .env("BRANCH", "${{ github.event.workflow_run.head_branch }}")
                        .env("SHA", "${{ github.event.workflow_run.head_sha }}")
                        .env("RUN_URL", "${{ github.event.workflow_run.html_url }}")));
    }
}
