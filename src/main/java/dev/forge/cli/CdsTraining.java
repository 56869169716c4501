package dev.forge.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the {@code ./forge} launcher's class-data archive: one JVM runs what users run (validate,
 * check in each format, synth of every target into a throw-away folder and again over it, explain, targets, help)
 * on every example, so that the archive the JVM writes when it exits holds the classes of every command, not of
 * one. Prints nothing; writes only under a temporary folder it deletes. Not a user command.
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=forge.jsa -cp forge.jar dev.forge.cli.CdsTraining EXAMPLES_DIR}
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        List<Path> specs = new ArrayList<>();
        if (Files.isDirectory(examples)) {
            try (Stream<Path> s = Files.list(examples)) {
                s.map(d -> d.resolve("forge.yaml")).filter(Files::isRegularFile).sorted().forEach(specs::add);
            }
        }
        PrintStream devNull = new PrintStream(OutputStream.nullOutputStream());
        Path tmp = Files.createTempDirectory("forge-cds-training");
        try {
            run(devNull, "--version");
            run(devNull, "--help");
            run(devNull, "targets");
            run(devNull, "explain", "FORGE-E104");
            run(devNull, "validate", "--help");
            for (Path spec : specs) {
                String name = spec.getParent().getFileName().toString();
                run(devNull, "validate", spec.toString());
                run(devNull, "validate", spec.toString(), "--format", "json");
                run(devNull, "check", spec.toString());
                run(devNull, "check", spec.toString(), "--format", "json");
                run(devNull, "check", spec.toString(), "--format", "sarif");
                run(devNull, "synth", spec.toString(), "--out", tmp.resolve(name).toString());
                run(devNull, "synth", spec.toString(), "--out", tmp.resolve(name).toString()); // over its own output
            }
        } finally {
            delete(tmp);
        }
    }

    private static void run(PrintStream sink, String... args) {
        try {
            ForgeCli.run(args, sink, sink, false);
        } catch (RuntimeException ignored) {
            // training is best-effort: a failing command still loaded classes worth archiving
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
