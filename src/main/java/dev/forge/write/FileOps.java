package dev.forge.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every change the writer makes to the file system goes through these four operations, so a test can inject a
 * failure (a full disk, an immutable file, a killed process) at any one of them. None follows a symbolic link
 * and none replaces an existing file.
 */
public interface FileOps {

    /** Creates one directory; its parent exists. */
    void createDirectory(Path dir) throws IOException;

    /** Creates {@code file}, which must not exist, holding {@code bytes}. */
    void writeNew(Path file, byte[] bytes) throws IOException;

    /** Renames {@code from} to {@code to} on the same file system; {@code to} must not exist. */
    void move(Path from, Path to) throws IOException;

    /** Deletes a file or an empty directory (a link itself, never what it points to). */
    void delete(Path path) throws IOException;

    /** Renames {@code from} over {@code to} in one atomic step (used for the manifest: the commit point). */
    void replace(Path from, Path to) throws IOException;

    /** The real file system. */
    FileOps REAL = new FileOps() {
        @Override
        public void createDirectory(Path dir) throws IOException {
            Files.createDirectory(dir);
        }

        @Override
        public void writeNew(Path file, byte[] bytes) throws IOException {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.FileAlreadyExistsException(to.toString());
            }
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, LinkOption.NOFOLLOW_LINKS);
            }
        }

        @Override
        public void delete(Path path) throws IOException {
            Files.delete(path);
        }

        @Override
        public void replace(Path from, Path to) throws IOException {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    };
}
