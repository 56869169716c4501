package dev.forge.cli;

import dev.forge.diag.Code;
import dev.forge.util.Suggest;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** forge explain CODE: what an error code means and how to fix it. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain an error code (e.g. FORGE-E104).")
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    ForgeCli cli;

    @Parameters(index = "0", paramLabel = "CODE", description = "An error code such as FORGE-E104.")
    String code;

    @Override
    public Integer call() {
        var found = Code.byId(code);
        if (found.isEmpty()) {
            cli.printer().err().println("forge: unknown code '" + code + "'"
                    + Suggest.didYouMean(code, Arrays.stream(Code.values()).map(Code::id).toList())
                    + "; codes look like FORGE-E104");
            cli.printer().err().flush();
            return ExitCodes.USAGE;
        }
        Code c = found.get();
        var out = cli.printer().out();
        out.println(c.id() + ": " + c.title());
        out.println();
        out.println(c.explanation());
        out.println();
        out.println("Fix: " + c.fix());
        out.flush();
        return ExitCodes.OK;
    }
}
