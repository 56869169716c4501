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

/** forge validate: load, bind and resolve; report every error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a spec: YAML, fields, values, references, names. Writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    ForgeCli cli;

    @Mixin
    SpecOptions spec;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() {
        ResolvedSpec resolved = Pipeline.resolve(spec.read());
        Pipeline.checkFiles(resolved, spec.dir());
        Printer p = cli.printer();
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
