package dev.forge.check.rules.iam;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.PolicyStatements;
import dev.forge.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/** FORGE-IAM-001: no IAM statement allows every action, or every action of a service. */
public final class WildcardAction implements ArtifactRule {

    private static final java.util.regex.Pattern SERVICE_WILDCARD = java.util.regex.Pattern.compile("[A-Za-z0-9-]+:\\*");

    static final RuleInfo INFO = new RuleInfo("FORGE-IAM-001", Levels.always(Severity.ERROR),
            "IAM policies name exact actions, never wildcards",
            "Forge derives each permission from a `uses:` entry as exact actions on exact resources. An Allow of '*'"
                    + " or 'service:*' grants actions nobody declared (deleting tables, changing policies) and is what"
                    + " turns one leaked credential into a takeover.",
            "This is Forge's guarantee: report the target that emitted it. Access is declared with `uses:`.",
            List.of("checkov CKV_AWS_62", "checkov CKV_AWS_289", "cdk-nag AwsSolutions-IAM5", "AWS FSBP IAM.1",
                    "CIS AWS Foundations 1.16"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public boolean appliesTo(String path) {
        return path.endsWith(".tf") || path.endsWith(".json");
    }

    @Override
    public Result check(ParsedArtifact a) {
        List<Violation> out = new ArrayList<>();
        for (PolicyStatements.Statement s : a.policyStatements()) {
            if (!s.effect().equalsIgnoreCase("Allow")) {
                continue;
            }
            s.actions().stream().filter(v -> v.text().equals("*") || SERVICE_WILDCARD.matcher(v.text()).matches())
                    .forEach(v -> out.add(Violation.line(v.line(), v.column(), a.path(),
                            "policy statement allows wildcard action '" + v.text() + "'")));
        }
        return Result.of(out);
    }
}
