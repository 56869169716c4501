package dev.forge.check.rules.ci;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import dev.forge.spec.MapNode;
import dev.forge.spec.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** FORGE-CI-003: every third-party action is pinned to a full commit SHA. */
public final class ActionsPinned implements ArtifactRule {

    private static final java.util.regex.Pattern PINNED = java.util.regex.Pattern.compile("[^@\\s]+@[0-9a-f]{40}");

    static final RuleInfo INFO = new RuleInfo("FORGE-CI-003", Levels.always(Severity.ERROR),
            "Workflow actions are pinned to a full commit SHA",
            "A tag such as @v4 can be moved to other code by whoever controls the action's repository; a pipeline"
                    + " holding deploy credentials then runs that code. Only a full 40-character commit SHA is"
                    + " immutable (keep the version in a comment beside it).",
            "Write `uses: owner/action@<40-hex-sha> # v4.1.1`.",
            List.of("OpenSSF Scorecard Pinned-Dependencies", "GitHub security hardening for Actions"));

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
            for (MapNode job : Workflows.jobs(wf)) {
                List<MapNode> units = new ArrayList<>(Workflows.steps(job));
                units.add(job); // a job can call a reusable workflow with `uses:`
                for (MapNode step : units) {
                    if (step.get("uses").orElse(null) instanceof ScalarNode u && !pinned(u.text())) {
                        out.add(Violation.line(u.location().line(), u.location().column(), a.path(),
                                "action '" + u.text() + "' is not pinned to a full commit SHA"));
                    }
                }
            }
        }
        return Result.of(out);
    }

    static boolean pinned(String uses) {
        return uses.startsWith("./") || uses.startsWith("docker://") && uses.contains("@sha256:")
                || PINNED.matcher(uses).matches();
    }
}
