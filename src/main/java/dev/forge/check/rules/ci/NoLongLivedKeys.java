package dev.forge.check.rules.ci;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** FORGE-CI-005: workflows use OIDC roles, not long-lived cloud keys. */
public final class NoLongLivedKeys implements ArtifactRule {

    private static final Pattern KEYS = Pattern.compile(
            "\\b(aws-access-key-id|aws-secret-access-key|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY)\\s*:");

    static final RuleInfo INFO = new RuleInfo("FORGE-CI-005", Levels.always(Severity.ERROR),
            "Workflows assume a role with OIDC instead of using stored keys",
            "Access keys stored as repository secrets never expire and work from anywhere once leaked. With OIDC,"
                    + " configure-aws-credentials assumes a role (`role-to-assume`) trusted only for this repository"
                    + " and gets credentials that expire within the hour.",
            "Use `role-to-assume:` with `permissions: { id-token: write }`, and delete the stored keys.",
            List.of("GitHub security hardening for Actions (OIDC)", "CIS AWS Foundations 1.14"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public boolean appliesTo(String path) {
        return Workflows.isWorkflow(path);
    }

    @Override
    public Result check(ParsedArtifact a) {
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < a.lines().size(); i++) {
            var m = KEYS.matcher(a.lines().get(i));
            if (m.find() && !a.lines().get(i).trim().startsWith("#")) {
                out.add(Violation.line(i + 1, m.start() + 1, a.path(), "workflow passes long-lived key '" + m.group(1) + "'"));
            }
        }
        return Result.of(out);
    }
}
