package dev.forge.cli;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import dev.forge.pipeline.Pipeline;
import dev.forge.write.WriteException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The files the CLI writes itself at a path the user names (init's starter, check's report): never through a
 * symbolic link, never over the spec being read, and a file-system failure is a coded error (exit 1), not a
 * crash.
 */
final class UserFiles {

    private UserFiles() {
    }

    /** Refuses an empty path option such as {@code --out ''}, which would mean the current directory. */
    static void requireNonEmpty(Path path, String option) {
        if (path == null || path.toString().isBlank()) {
            throw new Pipeline.UsageException(List.of(Diagnostic.error(Location.NONE, Code.E304,
                    option + " is empty; it would mean the current directory", "Name a folder, e.g. `" + option
                            + " out`.")));
        }
    }

    /** Refuses a report path that names {@code input} (the spec), however it is spelt. */
    static void requireNotInput(Path output, Path input, String option) {
        boolean same = output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
        try {
            same = same || Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input);
        } catch (IOException e) {
            // unreadable: the write below reports it
        }
        if (same) {
            throw new Pipeline.UsageException(List.of(Diagnostic.error(Location.NONE, Code.E304,
                    option + " '" + output + "' is the spec being read; writing the report there would destroy it",
                    "Name another file for the report, e.g. `" + option + " forge-check.txt`.")));
        }
    }

    /** Writes {@code text} to {@code file}, creating its folders; never through a symbolic link. */
    static void write(Path file, String text) {
        if (Files.isSymbolicLink(file)) {
            throw refused(file, "'" + file + "' is a symbolic link; Forge does not write through links");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file, LinkOption.NOFOLLOW_LINKS, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw refused(file, "cannot write '" + file + "': " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        return String.valueOf(e.getMessage());
    }

    private static WriteException refused(Path file, String message) {
        return new WriteException(List.of(Diagnostic.error(Location.file(file.toString()), Code.E210, message,
                Code.E210.fix())));
    }
}
