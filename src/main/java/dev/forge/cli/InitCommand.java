package dev.forge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * forge init: write a commented starter spec, and next to it the JSON Schema its first line points editors at
 * ({@code # yaml-language-server: $schema=forge.schema.json}, a path relative to the spec).
 */
@Command(name = "init", mixinStandardHelpOptions = true, description = {"Write a commented starter forge.yaml, and"
        + " forge.schema.json next to it (the spec's $schema, for editors; `forge schema` prints it)."})
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    ForgeCli cli;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "forge.yaml",
            description = "Where to write it (default: ${DEFAULT-VALUE}).")
    Path file = Path.of("forge.yaml");

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    /** The starter function's code ({@code handler: app.handler}, {@code source: src/}). */
    static final String STARTER_HANDLER = "\"\"\"The starter function (forge.yaml: handler app.handler, source src/). Replace with your code.\"\"\"\n"
            + "\n\ndef handler(event, context):\n    return {\"statusCode\": 200, \"body\": \"hello from forge\"}\n";

    static String starter() throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("starter.yaml")) {
            if (in == null) {
                throw new IOException("starter.yaml is missing from the Forge jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The schema file the starter's {@code $schema} names, relative to the spec's folder. */
    static final String SCHEMA_FILE = "forge.schema.json";

    @Override
    public Integer call() throws IOException {
        UserFiles.requireNonEmpty(file, "--output");
        if (Files.isSymbolicLink(file)) {
            UserFiles.write(file, ""); // refuses, with a coded error, before anything is written
        }
        if (Files.exists(file) && !force) {
            cli.printer().err().println("forge: " + file + " already exists; not overwriting it (use --force)");
            cli.printer().err().flush();
            return ExitCodes.INVALID;
        }
        UserFiles.write(file, starter());
        // The starter's function is built from src/ (FORGE-E123 when that folder is missing): give it a handler.
        Path parent = file.toAbsolutePath().getParent();
        Path handler = (parent == null ? Path.of("") : parent).resolve("src").resolve("app.py");
        String also = "";
        Path schema = (parent == null ? Path.of("") : parent).resolve(SCHEMA_FILE);
        if (force || !Files.exists(schema, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            UserFiles.write(schema, dev.forge.schema.SchemaGenerator.generate());
            also = ", " + file.resolveSibling(SCHEMA_FILE);
        }
        if (!Files.exists(handler.getParent(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            UserFiles.write(handler, STARTER_HANDLER);
            also += " and " + handler;
        }
        cli.printer().out().println("wrote " + file + also + "; next: forge validate " + file + " && forge synth " + file);
        cli.printer().out().flush();
        return ExitCodes.OK;
    }
}
