package dev.forge.check.rules.ci;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import dev.forge.spec.MapNode;
import java.util.ArrayList;
import java.util.List;

/** FORGE-CI-004: workflows declare minimal token permissions. */
public final class WorkflowPermissions implements ArtifactRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-CI-004", Levels.always(Severity.ERROR),
            "Workflows declare minimal token permissions",
            "Without a `permissions:` block the GITHUB_TOKEN gets the repository's default, often write access to"
                    + " everything; `write-all` says so explicitly. Declare what each workflow needs (e.g. contents:"
                    + " read, id-token: write for OIDC) so a compromised step can do little.",
            "Add a top-level `permissions:` with only the scopes used (e.g. `contents: read`), and widen per job.",
            List.of("checkov CKV2_GHA_1", "OpenSSF Scorecard Token-Permissions"));

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
        for (MapNode wf : Workflows.documents(a)) {
            if (wf.get("permissions").isEmpty()) {
                boolean everyJob = Workflows.jobs(wf).stream().allMatch(j -> j.get("permissions").isPresent());
                if (!everyJob) {
                    out.add(Violation.line(wf.location().line(), wf.location().column(), a.path(),
                            "workflow declares no `permissions:` (the token gets the repository default)"));
                }
            }
            List<MapNode> scopes = new ArrayList<>(Workflows.jobs(wf));
            scopes.add(wf);
            for (MapNode m : scopes) {
                Yaml.text(m, "permissions").filter(p -> p.equals("write-all")).ifPresent(p -> {
                    var at = m.get("permissions").get().location();
                    out.add(Violation.line(at.line(), at.column(), a.path(), "permissions are 'write-all'"));
                });
            }
        }
        return Result.of(out);
    }
}
