package dev.forge.cli;

import dev.forge.synth.Target;
import dev.forge.targets.BuiltinTargets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** forge targets: list the registered targets. */
@Command(name = "targets", mixinStandardHelpOptions = true, description = "List the targets Forge can generate.")
final class TargetsCommand implements Callable<Integer> {

    @ParentCommand
    ForgeCli cli;

    @Override
    public Integer call() {
        int width = BuiltinTargets.all().stream().mapToInt(t -> t.name().length()).max().orElse(0);
        for (Target t : BuiltinTargets.all()) {
            cli.printer().out().println(String.format(java.util.Locale.ROOT, "%-" + width + "s  %s", t.name(), t.description()));
        }
        cli.printer().out().flush();
        return ExitCodes.OK;
    }
}
