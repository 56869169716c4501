package dev.forge.cli;

import dev.forge.schema.SchemaGenerator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** forge schema: print the spec's JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of forge.yaml (format version 1), for editors.")
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    ForgeCli cli;

    @Override
    public Integer call() {
        cli.printer().out().print(SchemaGenerator.generate());
        cli.printer().out().flush();
        return ExitCodes.OK;
    }
}
