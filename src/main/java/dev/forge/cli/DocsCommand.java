package dev.forge.cli;

import dev.forge.schema.SpecDocs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** forge docs: print generated reference documentation. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Print generated reference documentation (Markdown): `spec` is docs/spec.md.")
final class DocsCommand implements Callable<Integer> {

    @ParentCommand
    ForgeCli cli;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "What to print: ${COMPLETION-CANDIDATES}.")
    Topic topic;

    enum Topic { spec }

    @Override
    public Integer call() {
        cli.printer().out().print(SpecDocs.generate());
        cli.printer().out().flush();
        return ExitCodes.OK;
    }
}
