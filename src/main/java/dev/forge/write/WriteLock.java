package dev.forge.write;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * One writer at a time per output folder: an OS lock on {@code .forge/lock}, which holds the holder's pid. The
 * operating system releases it when the holder dies (even by kill -9), so a dead run never blocks the next one.
 * The file is deleted when the lock is released; a waiter that locked the deleted file notices (the nonce it
 * wrote is not on the path) and tries again.
 */
final class WriteLock implements AutoCloseable {

    static final String FILE = Manifest.DIR + "/lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final Path path;

    private WriteLock(FileChannel channel, FileLock lock, Path path) {
        this.channel = channel;
        this.lock = lock;
        this.path = path;
    }

    static WriteLock acquire(Jail jail, Duration wait) {
        Path path = jail.root().resolve(FILE);
        long deadline = System.nanoTime() + wait.toNanos();
        String nonce = ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n";
        while (true) {
            Jail.Kind kind = Jail.kind(path);
            if (kind == Jail.Kind.LINK) {
                throw new WriteException(List.of(jail.linkError(FILE, path)));
            }
            if (kind == Jail.Kind.DIRECTORY || kind == Jail.Kind.OTHER) {
                throw new WriteException(List.of(Diagnostic.error(Location.file(jail.show(FILE)), Code.E203,
                        "'" + jail.show(FILE) + "' is not a regular file; Forge keeps its write lock there",
                        "Remove it; Forge creates the lock file itself.")));
            }
            String holder;
            try {
                FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                FileLock l = tryLock(ch);
                if (l != null) {
                    ch.truncate(0);
                    ch.write(ByteBuffer.wrap(nonce.getBytes(StandardCharsets.UTF_8)), 0);
                    if (nonce.equals(readSmall(path))) {
                        return new WriteLock(ch, l, path);
                    }
                    l.release();
                    ch.close();
                    continue; // we locked a file the previous holder had just deleted: try the new one
                }
                ch.close();
                holder = readSmall(path);
            } catch (java.nio.file.NoSuchFileException e) {
                // a run that wrote nothing removed the .forge folder it had made: make it again and retry
                try {
                    Files.createDirectories(path.getParent());
                } catch (IOException again) {
                    throw new WriteException(List.of(Diagnostic.error(Location.file(jail.show(FILE)), Code.E203,
                            "cannot create '" + jail.show(Manifest.DIR) + "': " + again.getMessage(), Code.E203.fix())));
                }
                continue;
            } catch (IOException e) {
                throw new WriteException(List.of(Diagnostic.error(Location.file(jail.show(FILE)), Code.E203,
                        "cannot lock the output folder through '" + jail.show(FILE) + "': " + e.getMessage(), Code.E203.fix())));
            }
            if (System.nanoTime() > deadline) {
                String pid = holder == null || holder.isBlank() ? "another process" : "pid " + holder.trim().split(" ")[0];
                throw new WriteException(List.of(Diagnostic.error(Location.file(jail.show("")), Code.E206,
                        "another forge run (" + pid + ") is writing to '" + jail.show("") + "'; waited "
                                + wait.toSeconds() + " s and wrote nothing", Code.E206.fix())));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WriteException(List.of(Diagnostic.error(Location.file(jail.show("")), Code.E206,
                        "interrupted while waiting for another forge run to finish writing to '" + jail.show("") + "'",
                        Code.E206.fix())));
            }
        }
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another writer in this JVM
        }
    }

    private static String readSmall(Path p) {
        try {
            if (Jail.kind(p) != Jail.Kind.FILE || Files.size(p) > 4096) {
                return null;
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Deletes the lock file (still holding the lock, so no one else is in), then releases it. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a lock file left behind is harmless: the OS lock, not the file, is what excludes
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing releases the lock in any case
        }
    }
}
