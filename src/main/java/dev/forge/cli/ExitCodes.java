package dev.forge.cli;

/** Documented exit codes of the forge command. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /**
     * The spec is invalid, a check found errors, the writer refused to overwrite a file, or an input or file-system
     * problem (unreadable spec, read-only or linked output path): never {@link #INTERNAL}.
     */
    public static final int INVALID = 1;
    /** The command line is wrong: unknown option, target or environment. */
    public static final int USAGE = 2;
    /** Forge itself failed (a bug): the message says so; --debug prints the stack trace. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
