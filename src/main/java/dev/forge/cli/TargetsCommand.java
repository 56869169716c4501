package dev.forge.cli;

import dev.forge.model.FieldPaths;
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

    /** {@code renders 98 of 166 spec fields}, or that the target deploys nothing. */
    private static String rendered(Target t) {
        if (!t.renders().deploys()) {
            return "data only: deploys nothing, renders no field";
        }
        long n = FieldPaths.all().stream().filter(t.renders()::renders).count();
        return "renders " + n + " of " + FieldPaths.all().size() + " spec fields";
    }

    @Override
    public Integer call() {
        int width = BuiltinTargets.all().stream().mapToInt(t -> t.name().length()).max().orElse(0);
        for (Target t : BuiltinTargets.all()) {
            cli.printer().out().println(String.format(java.util.Locale.ROOT, "%-" + width + "s  %s (%s)", t.name(),
                    t.description(), rendered(t)));
        }
        cli.printer().out().println("Which spec fields each target renders: docs/coverage.md (`forge docs coverage`).");
        cli.printer().out().flush();
        return ExitCodes.OK;
    }
}
