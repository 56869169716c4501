package dev.forge.write;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file-system half of the output jail. Every path is checked by {@link RelPath} and then walked from the
 * output folder one segment at a time without following links: a symbolic link anywhere on the way is refused
 * (FORGE-E205), as is a file where a folder must be or a folder where a file must be (FORGE-E202). The output
 * folder itself may be a link the user chose.
 */
final class Jail {

    /** What stands at a path, links not followed. */
    enum Kind { ABSENT, FILE, DIRECTORY, LINK, OTHER }

    private final Path root;
    private final String display;

    Jail(Path out) {
        this.root = out.toAbsolutePath().normalize();
        this.display = out.toString();
    }

    Path root() {
        return root;
    }

    /** The path as the user knows it ({@code out/terraform-aws/main.tf}). */
    String show(String rel) {
        return rel.isEmpty() ? display : (display.endsWith("/") ? display : display + "/") + rel;
    }

    Path resolve(String rel) {
        String problem = RelPath.problem(rel);
        if (problem != null && !rel.equals(Manifest.DIR) && !rel.startsWith(Manifest.DIR + "/")) {
            throw new IllegalArgumentException("not a path inside the output: '" + rel + "' (" + problem + ")");
        }
        return root.resolve(rel);
    }

    static Kind kind(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isSymbolicLink() ? Kind.LINK : a.isDirectory() ? Kind.DIRECTORY
                    : a.isRegularFile() ? Kind.FILE : Kind.OTHER;
        } catch (NoSuchFileException e) {
            return Kind.ABSENT;
        } catch (IOException e) {
            // e.g. a parent that is a file (ENOTDIR): nothing can stand here
            return Kind.ABSENT;
        }
    }

    /**
     * The first thing that stops the writer from putting a file at {@code rel} (or deleting the one there):
     * a link on the way or at the end, a non-folder where a folder is needed, a folder or special file where
     * the file goes. {@code null} when the way is clear.
     */
    Diagnostic obstacle(String rel) {
        String[] segments = rel.split("/");
        Path p = root;
        StringBuilder sofar = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            p = p.resolve(segments[i]);
            sofar.append(i == 0 ? "" : "/").append(segments[i]);
            Kind k = kind(p);
            boolean last = i == segments.length - 1;
            if (k == Kind.ABSENT) {
                return null;
            }
            if (k == Kind.LINK) {
                return linkError(sofar.toString(), p);
            }
            if (!last && k != Kind.DIRECTORY) {
                return Diagnostic.error(Location.file(show(sofar.toString())), Code.E202, "'" + show(sofar.toString())
                        + "' is a file where Forge needs a folder (for '" + show(rel) + "'); nothing was written",
                        "Move the file away, or choose another --out directory.");
            }
            if (last && k == Kind.DIRECTORY) {
                return Diagnostic.error(Location.file(show(rel)), Code.E202, "'" + show(rel)
                        + "' is a directory where Forge writes a file; nothing was written", "Move the directory away.");
            }
            if (last && k == Kind.OTHER) {
                return Diagnostic.error(Location.file(show(rel)), Code.E202, "'" + show(rel)
                        + "' is a special file (a pipe, socket or device) where Forge writes a file; nothing was written",
                        "Move it away, or choose another --out directory.");
            }
        }
        return null;
    }

    Diagnostic linkError(String rel, Path link) {
        String to;
        try {
            to = " (to '" + Files.readSymbolicLink(link) + "')";
        } catch (IOException | UnsupportedOperationException e) {
            to = "";
        }
        return Diagnostic.error(Location.file(show(rel)), Code.E205, "'" + show(rel) + "' is a symbolic link" + to
                + "; Forge never writes, reads or deletes output through a link, so nothing was written", Code.E205.fix());
    }

    static final String UNREADABLE = "unreadable";

    /** SHA-256 of the regular file at {@code p} (links not followed), or {@code null} when there is none. */
    static String hash(Path p) {
        if (kind(p) != Kind.FILE) {
            return null;
        }
        try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return UNREADABLE; // matches no hash: an unreadable file is never Forge's to replace or delete
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
