package dev.forge.cli;

import dev.forge.check.CheckReport;
import dev.forge.check.report.JsonReport;
import dev.forge.check.report.JunitReport;
import dev.forge.check.report.SarifReport;
import dev.forge.check.report.SecretValues;
import dev.forge.check.report.Sources;
import dev.forge.check.report.TextReport;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import dev.forge.synth.Artifact;
import dev.forge.util.Redactor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** forge check: the policy rules over the resolved spec and, in memory, over what the targets would emit. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a spec against the guardrail rules (and the files its targets would generate). Writes"
                + " nothing but the report.", "Exit 1 when an error finding remains unsuppressed."})
final class CheckCommand implements Callable<Integer> {

    /** Report formats. */
    enum ReportFormat { text, json, sarif, junit }

    @ParentCommand
    ForgeCli cli;

    @Mixin
    SpecOptions spec;

    @Option(names = {"-e", "--env"}, paramLabel = "ENV", description = "Environment to check (repeatable; default: all).")
    List<String> envs = new ArrayList<>();

    @Option(names = {"-p", "--pack"}, paramLabel = "PACK",
            description = "Rule pack to run (repeatable; default: the spec's policy.packs, else baseline).")
    List<String> packs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format = ReportFormat.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (output != null) {
            UserFiles.requireNonEmpty(output, "--output");
            UserFiles.requireNotInput(output, spec.path(), "--output");
        }
        SpecSource source = spec.read();
        ResolvedSpec resolved = Pipeline.resolve(source);
        Redactor redactor = SecretValues.of(resolved);
        cli.printer().redact(redactor);
        List<ResolvedEnv> selected = Pipeline.environments(resolved, envs);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CheckReport report = Pipeline.check(resolved, selected, packs, today);
        // Synthesized knowing the spec's folder, as synth does (default --out), so that targets reading it (the docker
        // target detects runtime families from build folders) give check the files synth would write.
        List<Artifact> artifacts = Pipeline.synth(resolved, Pipeline.targets(List.of(), resolved), selected, spec.dir(),
                spec.dir().resolve("out"));
        report = report.plus(Pipeline.checkArtifacts(resolved, selected, packs, artifacts, today));
        String text = switch (format) {
            case text -> TextReport.render(report, sources(source, artifacts, redactor));
            case json -> JsonReport.render(report);
            case sarif -> SarifReport.render(report, new ForgeCli.Version().getVersion()[0].split(" ")[1]);
            case junit -> JunitReport.render(report);
        };
        text = redactor.apply(text); // a secret value never reaches a report, in any format
        if (output == null) {
            cli.printer().out().print(text);
            cli.printer().out().flush();
        } else {
            UserFiles.write(output, text);
            cli.printer().err().println(cli.printer().safe("forge check: report written to " + output));
            cli.printer().err().flush();
        }
        return report.hasBlocking() ? ExitCodes.INVALID : ExitCodes.OK;
    }

    static Sources sources(SpecSource source, List<Artifact> artifacts, Redactor redactor) {
        Sources s = new Sources(redactor).add(source.name(), new String(source.bytes(), StandardCharsets.UTF_8));
        artifacts.forEach(a -> s.add(a.path(), a.text()));
        return s;
    }
}
