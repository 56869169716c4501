package dev.forge.check.rules.secrets;

import dev.forge.bind.SecretScanner;
import dev.forge.check.ArtifactRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/** FORGE-SEC-001: no credential literal in any emitted file. */
public final class SecretInOutput implements ArtifactRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-SEC-001", Levels.always(Severity.ERROR),
            "No secret value is written into any generated file",
            "Generated files are committed and shared. Secrets are referenced by name and read at run time from"
                    + " the store; a credential-shaped literal in any of them is a leak, whatever put it there: an AWS access"
                    + " key, a GitHub, Slack, npm, Stripe, OpenAI, Anthropic or Google key or token, a private key, a JWT,"
                    + " a password in a URL (`postgres://user:password@host`), a `Basic` or `Bearer` Authorization"
                    + " header value.",
            "Find where the value came from (a spec value, a default, a template) and replace it with a reference to"
                    + " a declared secret (`secret:NAME`). Rotate the leaked credential.",
            List.of("checkov CKV_SECRET_2", "checkov CKV_SECRET_6", "checkov CKV_AWS_45"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public boolean appliesTo(String path) {
        return true;
    }

    @Override
    public Result check(ParsedArtifact a) {
        if (!SecretScanner.isKnownCredential(a.text())) {
            return Result.compliant(); // one pass over the whole file; lines only when something is there
        }
        List<Violation> out = new ArrayList<>();
        List<String> lines = a.lines();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            SecretScanner.credentialKind(lines.get(i)).ifPresent(kind -> out.add(Violation.line(line, 1, a.path(),
                    "line " + line + " holds " + kind + " (not shown)")));
        }
        return Result.of(out);
    }
}
