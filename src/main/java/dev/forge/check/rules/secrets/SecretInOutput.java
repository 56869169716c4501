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
                    + " the store; a credential-shaped literal (an AWS key, an OpenAI or GitHub token, a private key, a"
                    + " JWT) in any of them is a leak, whatever put it there.",
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
        if (!mayHoldCredential(a.text()) || !SecretScanner.isKnownCredential(a.text())) {
            return Result.compliant(); // one pass over the whole file; lines only when something is there
        }
        List<Violation> out = new ArrayList<>();
        List<String> lines = a.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (SecretScanner.isKnownCredential(lines.get(i))) {
                out.add(Violation.line(i + 1, 1, a.path(), "line " + (i + 1) + " holds a credential-shaped value"
                        + " (not shown)"));
            }
        }
        return Result.of(out);
    }

    /** Cheap literal pre-check: every credential format SecretScanner knows starts with one of these. */
    static boolean mayHoldCredential(String text) {
        for (String prefix : PREFIXES) {
            if (text.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> PREFIXES = List.of("AKIA", "ASIA", "sk-", "ghp_", "gho_", "ghu_", "ghs_", "ghr_",
            "github_pat_", "xox", "PRIVATE KEY", "eyJ", "k_live_", "k_test_");
}
