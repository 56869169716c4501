package dev.forge.cli;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * forge validate: load, bind and resolve; report every error, including the values a selected target cannot deploy
 * (a Fargate task size that does not exist, for terraform-aws).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a spec: YAML, fields, values, references, names, and values the selected targets cannot"
                + " deploy (e.g. a CPU/memory pair that is no Fargate size, for terraform-aws). Writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    ForgeCli cli;

    @Mixin
    SpecOptions spec;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET",
            description = "Target whose limits the values must fit (repeatable; default: every target that applies, as"
                    + " `forge synth` selects them). See `forge targets`.")
    List<String> targets = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        ResolvedSpec resolved = Pipeline.resolve(spec.read());
        Pipeline.checkFiles(resolved, spec.dir());
        Printer p = cli.printer();
        List<dev.forge.diag.Diagnostic> limits = Pipeline.targetLimits(resolved, Pipeline.targets(targets, resolved));
        if (!limits.isEmpty()) {
            if (format == Format.json) {
                p.json(false, limits, Map.of());
            } else {
                p.diagnostics(limits);
                p.err().flush();
            }
            return ExitCodes.INVALID;
        }
        if (format == Format.json) {
            p.json(true, List.of(), Map.of("environments", resolved.environments().stream().map(e -> e.name()).toList()));
        } else {
            p.out().println(p.safe(spec.name() + ": valid (app '" + resolved.app() + "', " + resolved.environments().size()
                    + (resolved.environments().size() == 1 ? " environment)" : " environments)")));
            p.out().flush();
        }
        return ExitCodes.OK;
    }
}
