package dev.forge.cli;

import dev.forge.check.Pack;
import dev.forge.check.Packs;
import dev.forge.check.RuleInfo;
import dev.forge.diag.Code;
import dev.forge.util.Suggest;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** forge explain CODE: what an error code means and how to fix it. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain an error code (e.g. FORGE-E104) or a rule (e.g. FORGE-S3-001).")
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    ForgeCli cli;

    @Parameters(index = "0", paramLabel = "CODE", description = "An error code such as FORGE-E104, or a rule ID such as FORGE-S3-001.")
    String code;

    @Override
    public Integer call() {
        var found = Code.byId(code);
        var rule = Packs.rule(code);
        if (found.isEmpty() && rule.isPresent()) {
            return explainRule(rule.get().info());
        }
        String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (found.isEmpty() && Packs.RETIRED.contains(upper)) {
            cli.printer().out().println(upper + ": a retired rule; no check uses it any more, and the ID is never"
                    + " given to another rule");
            cli.printer().out().flush();
            return ExitCodes.OK;
        }
        if (found.isEmpty()) {
            cli.printer().err().println("forge: unknown code '" + dev.forge.util.Shown.value(code) + "'"
                    + Suggest.didYouMean(code, java.util.stream.Stream.concat(Arrays.stream(Code.values()).map(Code::id),
                    Packs.allIds().stream()).toList()) + "; codes look like FORGE-E104, rule IDs like FORGE-S3-001");
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

    private int explainRule(RuleInfo info) {
        var out = cli.printer().out();
        out.println(info.id() + ": " + info.title());
        out.println();
        for (Pack p : Packs.all()) {
            p.entries().stream().filter(e -> e.rule().id().equals(info.id())).findFirst()
                    .ifPresent(e -> out.println("Pack " + p.name() + ": " + e.levels().describe()));
        }
        out.println();
        out.println(info.explanation());
        out.println();
        out.println("Fix: " + info.fix());
        if (!info.references().isEmpty()) {
            out.println();
            out.println("References: " + String.join(", ", info.references()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
