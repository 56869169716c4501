package dev.forge.cli;

import dev.forge.check.CheckReport;
import dev.forge.check.coverage.Coverage;
import dev.forge.check.coverage.NotRendered;
import dev.forge.check.report.TextReport;
import dev.forge.diag.Diagnostic;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import dev.forge.synth.Artifact;
import dev.forge.synth.Target;
import dev.forge.write.WriteResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** forge synth: the whole pipeline, then write. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Generate infrastructure files from a spec into the output directory.",
                "Nothing is written unless every phase passes, the policy checks included (see `forge check`). Files Forge wrote before and no longer generates are"
                        + " removed; a generated file edited by hand, or a file Forge did not write, is never overwritten"
                        + " without --force."})
final class SynthCommand implements Callable<Integer> {

    @ParentCommand
    ForgeCli cli;

    @Mixin
    SpecOptions spec;

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET",
            description = "Target to generate (repeatable; default: every target that applies; gcp and azure only when an environment sets `project` or `subscription`). See `forge targets`.")
    List<String> targets = new ArrayList<>();

    @Option(names = {"-e", "--env"}, paramLabel = "ENV", description = "Environment to generate (repeatable; default: all).")
    List<String> envs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--force", description = "Overwrite generated files edited by hand, and files Forge did not write.")
    boolean force;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--no-check", description = "Skip the policy checks (says so on stderr). Not for production use.")
    boolean noCheck;

    @Option(names = "--strict", description = "Fail (exit 1, nothing written) when the spec declares something no selected"
            + " target renders (FORGE-W401) instead of warning about it.")
    boolean strict;

    @Override
    public Integer call() {
        UserFiles.requireNonEmpty(out, "--out");
        SpecSource source = spec.read();
        ResolvedSpec resolved = Pipeline.resolve(source);
        dev.forge.util.Redactor redactor = dev.forge.check.report.SecretValues.of(resolved);
        cli.printer().redact(redactor);
        Pipeline.checkFiles(resolved, spec.dir());
        List<Target> selected = Pipeline.targets(targets, resolved);
        List<ResolvedEnv> selectedEnvs = Pipeline.environments(resolved, envs);
        Printer p = cli.printer();
        Coverage coverage = Pipeline.coverage(resolved, selectedEnvs, selected);
        List<Diagnostic> notRendered = NotRendered.diagnostics(coverage, strict);
        if (strict && !notRendered.isEmpty()) {
            if (format == Format.json) {
                p.json(false, notRendered, Map.of("notRendered", notRendered(coverage)));
            } else {
                p.diagnostics(notRendered);
                p.err().println("forge synth --strict: the spec declares what no selected target renders; nothing"
                        + " written to " + out);
                p.err().flush();
            }
            return ExitCodes.INVALID;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CheckReport report = noCheck ? null : Pipeline.check(resolved, selectedEnvs, List.of(), today, selected);
        // The emitted files are checked even when the model already has an error finding, so that the report (and
        // its counts) is the one `forge check` prints for the same spec, environments and packs.
        List<Artifact> artifacts = Pipeline.synth(resolved, selected, selectedEnvs, spec.dir(), out);
        Artifact.hashAllInBackground(artifacts); // the writer's manifest needs them; meanwhile the files are checked
        if (report != null) {
            report = report.plus(Pipeline.checkArtifacts(resolved, selectedEnvs, List.of(), artifacts, today, selected));
            if (report.hasBlocking()) {
                return refuse(p, report, source, artifacts, redactor, notRendered);
            }
        } else {
            p.err().println("warning: --no-check: the policy checks were skipped; these files are not checked against"
                    + " the guardrails");
        }
        WriteResult result = Pipeline.write(out, artifacts, selected, envs.isEmpty(), force);
        List<String> warnings = Pipeline.warnings(resolved, selected, selectedEnvs, spec.dir(), out);
        if (format == Format.json) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("out", out.toString());
            extra.put("targets", selected.stream().map(Target::name).toList());
            extra.put("written", result.written());
            extra.put("unchanged", result.unchanged());
            extra.put("deleted", result.deleted());
            extra.put("kept", result.kept());
            extra.put("notRendered", notRendered(coverage));
            extra.put("warnings", warnings);
            p.json(true, notRendered, extra);
            return ExitCodes.OK;
        }
        p.diagnostics(notRendered);
        for (String k : result.kept()) {
            p.err().println("warning: " + out.resolve(k) + " is no longer generated but was edited by hand; left in place");
        }
        for (String w : warnings) {
            p.err().println("warning: " + w);
        }
        p.out().println("synthesized " + selected.stream().map(Target::name).toList() + " for "
                + selectedEnvs.stream().map(ResolvedEnv::name).toList() + " into " + out + ": " + result.written().size()
                + " written, " + result.unchanged().size() + " unchanged, " + result.deleted().size() + " removed");
        if (report != null) {
            p.err().println("check: " + TextReport.summary(report) + (report.active().isEmpty() ? ""
                    : "; `forge check` lists the findings"));
        }
        p.out().flush();
        p.err().flush();
        return ExitCodes.OK;
    }

    /** An error finding remains: report the findings and write nothing. */
    private int refuse(Printer p, CheckReport report, SpecSource source, List<Artifact> artifacts,
                       dev.forge.util.Redactor redactor, List<Diagnostic> notRendered) {
        if (format == Format.json) {
            List<Diagnostic> ds = new ArrayList<>(report.active().stream().map(dev.forge.check.Finding::toDiagnostic).toList());
            ds.addAll(notRendered);
            p.json(false, ds, Map.of());
        } else {
            p.diagnostics(notRendered);
            p.err().print(redactor.apply(TextReport.render(report, CheckCommand.sources(source, artifacts, redactor))));
            p.err().println("forge synth: " + report.blocking().size() + " error finding(s); nothing written to " + out
                    + " (fix them, or suppress each with a reason under policy.suppressions)");
        }
        p.err().flush();
        return ExitCodes.INVALID;
    }

    /** The {@code notRendered} list of {@code --format json}: every field, where it is written, and the targets asked. */
    static List<Object> notRendered(Coverage coverage) {
        List<Object> out = new ArrayList<>();
        for (Coverage.Unrendered u : coverage.unrendered()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", u.path());
            m.put("field", u.field());
            m.put("file", u.location().file());
            m.put("line", u.location().line());
            m.put("column", u.location().column());
            m.put("targets", coverage.targets());
            out.add(m);
        }
        return out;
    }
}
