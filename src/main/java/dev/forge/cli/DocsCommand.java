package dev.forge.cli;

import dev.forge.check.report.RulesDoc;
import dev.forge.pipeline.CoverageDoc;
import dev.forge.schema.SpecDocs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** forge docs: print generated reference documentation. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Print generated reference documentation (Markdown): `spec` is docs/spec.md, `rules` docs/rules.md, `coverage` docs/coverage.md.")
final class DocsCommand implements Callable<Integer> {

    @ParentCommand
    ForgeCli cli;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "What to print: ${COMPLETION-CANDIDATES}.")
    Topic topic;

    enum Topic { spec, rules, coverage }

    @Override
    public Integer call() {
        cli.printer().out().print(switch (topic) {
            case rules -> RulesDoc.generate();
            case coverage -> CoverageDoc.generate();
            case spec -> SpecDocs.generate();
        });
        cli.printer().out().flush();
        return ExitCodes.OK;
    }
}
