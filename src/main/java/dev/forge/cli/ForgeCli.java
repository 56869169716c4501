package dev.forge.cli;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import dev.forge.diag.SpecException;
import dev.forge.pipeline.Pipeline;
import dev.forge.synth.SynthException;
import dev.forge.write.WriteException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code forge} command. Only {@link #main} calls System.exit. */
@Command(name = "forge", mixinStandardHelpOptions = true, versionProvider = ForgeCli.Version.class,
        description = {"One spec in, every platform's infrastructure out, proven by the ecosystem's own validators.", ""},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  invalid spec, check findings, a file the writer will not overwrite, or an input or file-system"
                + " problem", "  2  usage error (unknown option, target or environment; an unusable path option)", "  3  internal error (a bug; --debug shows why)"})
public final class ForgeCli implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of internal errors.")
    boolean debug;

    @Option(names = "--no-color", scope = CommandLine.ScopeType.INHERIT, description = "Never colour the output.")
    boolean noColor;

    private Printer printer;
    private PrintWriter out;
    private PrintWriter err;
    private boolean terminal;

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Printer printer() {
        if (printer == null) {
            printer = new Printer(out, err, terminal && !noColor && System.getenv("NO_COLOR") == null);
        }
        return printer;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
        out.flush();
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null;
        int code = run(args, System.out, System.err, terminal);
        System.exit(code);
    }

    /** Runs the CLI in this JVM; returns the exit code. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr, boolean terminal) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // The version alone needs no command-line model: printed as picocli prints it, without building one.
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
            try {
                for (String line : new Version().getVersion()) {
                    w.println(line);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            w.flush();
            return ExitCodes.OK;
        }
        ForgeCli cli = new ForgeCli();
        cli.out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        cli.err = new PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        cli.terminal = terminal;
        CommandLine cmd = new CommandLine(cli);
        for (java.util.function.Supplier<Object> sub : subcommandsFor(args)) {
            cmd.addSubcommand(sub.get());
        }
        cmd.setOut(cli.out);
        cmd.setErr(cli.err);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(terminal && System.getenv("NO_COLOR") == null
                ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        cmd.setCaseInsensitiveEnumValuesAllowed(false);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> cli.handle(ex, commandLine));
        cmd.setParameterExceptionHandler((ex, args1) -> {
            cli.err.println("forge: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, cli.err);
            cli.err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            cli.err.flush();
            return ExitCodes.USAGE;
        });
        int code = cmd.execute(args);
        cli.out.flush();
        cli.err.flush();
        return code;
    }

    /** Every subcommand, in the order {@code forge --help} lists them. */
    private static final Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, java.util.function.Supplier<Object>> subcommands() {
        Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("validate", ValidateCommand::new);
        m.put("check", CheckCommand::new);
        m.put("synth", SynthCommand::new);
        m.put("verify", VerifyCommand::new);
        m.put("env", EnvCommand::new);
        m.put("schema", SchemaCommand::new);
        m.put("targets", TargetsCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("init", InitCommand::new);
        m.put("docs", DocsCommand::new);
        m.put("completion", CompletionCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The subcommands picocli has to model for these arguments. Building a command's model (annotations read by
     * reflection) is most of a short run's cost, so a run that names a subcommand gets that one only; {@code
     * --version} alone gets none; anything else (help, a typo to suggest a name for, completion, which describes
     * them all) gets every one. The top-level options take no values, so the first argument that is not an option
     * is the subcommand.
     */
    static java.util.Collection<java.util.function.Supplier<Object>> subcommandsFor(String[] args) {
        boolean version = false;
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            if (!a.startsWith("-")) {
                var one = SUBCOMMANDS.get(a);
                return one == null || a.equals("completion") ? SUBCOMMANDS.values() : List.of(one);
            }
            if (a.equals("-V") || a.equals("--version")) {
                version = true;
            } else if (!a.equals("--debug") && !a.equals("--no-color")) {
                return SUBCOMMANDS.values(); // -h, a bundle such as -hV, or an unknown option: picocli explains
            }
        }
        return version ? List.of() : SUBCOMMANDS.values();
    }

    private int handle(Exception ex, CommandLine commandLine) {
        Format format = formatOf(commandLine);
        if (ex instanceof SpecException se) {
            return report(se.diagnostics(), ExitCodes.INVALID, format);
        }
        if (ex instanceof WriteException we) {
            return report(we.diagnostics(), ExitCodes.INVALID, format);
        }
        if (ex instanceof Pipeline.UsageException ue) {
            return report(ue.diagnostics(), ExitCodes.USAGE, format);
        }
        if (ex instanceof java.nio.file.InvalidPathException ipe) {
            return report(List.of(Diagnostic.error(Location.NONE, Code.E001, "'" + dev.forge.util.Shown.value(ipe.getInput())
                    + "' is not a usable path: " + ipe.getReason(), Code.E001.fix())), ExitCodes.INVALID, format);
        }
        if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
            // A file-system problem (a disk, a permission, a path) is the user's to fix, not a Forge bug.
            String msg = ex instanceof java.io.UncheckedIOException u ? String.valueOf(u.getCause().getMessage())
                    : String.valueOf(ex.getMessage());
            return report(List.of(Diagnostic.error(Location.NONE, Code.E210, "file system error: "
                    + dev.forge.util.Shown.value(msg), Code.E210.fix())), ExitCodes.INVALID, format);
        }
        if (ex instanceof SynthException se) {
            String msg = "target '" + se.target() + "' failed: " + se.getCause() + (debug ? "" : " (run with --debug for the stack trace)");
            report(List.of(Diagnostic.error(Location.NONE, Code.E901, msg, Code.E901.fix())), ExitCodes.INTERNAL, format);
            printTrace(ex);
            return ExitCodes.INTERNAL;
        }
        String msg = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                + (debug ? "" : " (run with --debug for the stack trace)");
        report(List.of(Diagnostic.error(Location.NONE, Code.E900, msg, Code.E900.fix())), ExitCodes.INTERNAL, format);
        printTrace(ex);
        return ExitCodes.INTERNAL;
    }

    private void printTrace(Exception ex) {
        if (debug) {
            StringWriter sw = new StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            err.print(sw);
            err.flush();
        }
    }

    private int report(List<Diagnostic> ds, int code, Format format) {
        if (format == Format.json) {
            printer().json(false, ds, Map.of());
        } else {
            printer().diagnostics(ds);
        }
        return code;
    }

    private static Format formatOf(CommandLine commandLine) {
        Object cmd = commandLine.getCommand();
        if (cmd instanceof ValidateCommand v) {
            return v.format;
        }
        if (cmd instanceof SynthCommand s) {
            return s.format;
        }
        if (cmd instanceof CheckCommand c && c.format == CheckCommand.ReportFormat.json) {
            return Format.json;
        }
        return Format.text;
    }

    /** The version, from the jar's build properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties p = new java.util.Properties();
            try (var in = ForgeCli.class.getResourceAsStream("/dev/forge/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"forge " + p.getProperty("version", "unknown") + " (spec format 1)"};
        }
    }
}
