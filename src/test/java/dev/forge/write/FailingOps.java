package dev.forge.write;

import java.io.IOException;
import java.nio.file.Path;

/** The real file system, with a failure injected: an I/O error at the n-th step, a kill, or a path that refuses. */
final class FailingOps implements FileOps {

    /** The process died: nothing after this point runs (an Error, so the writer does not catch it). */
    static final class Killed extends Error {
        Killed() {
            super("killed", null, false, false);
        }
    }

    private final int failAt;
    private final boolean kill;
    private final Path refusing;
    private int count;

    private FailingOps(int failAt, boolean kill, Path refusing) {
        this.failAt = failAt;
        this.kill = kill;
        this.refusing = refusing;
    }

    static FailingOps ioErrorAt(int step) {
        return new FailingOps(step, false, null);
    }

    static FailingOps killAt(int step) {
        return new FailingOps(step, true, null);
    }

    /** Every operation on {@code path} fails as on an immutable file. */
    static FailingOps onPath(Path path) {
        return new FailingOps(Integer.MAX_VALUE, false, path);
    }

    int count() {
        return count;
    }

    private void step(Path... paths) throws IOException {
        count++;
        if (kill && count >= failAt) {
            throw new Killed();
        }
        if (count == failAt) {
            throw new IOException("injected failure at step " + count);
        }
        for (Path p : paths) {
            if (p.equals(refusing)) {
                throw new java.nio.file.AccessDeniedException(p.toString(), null, "Operation not permitted");
            }
        }
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        step(dir);
        REAL.createDirectory(dir);
    }

    @Override
    public void writeNew(Path file, byte[] bytes) throws IOException {
        step(file);
        REAL.writeNew(file, bytes);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        step(from, to);
        REAL.move(from, to);
    }

    @Override
    public void delete(Path path) throws IOException {
        step(path);
        REAL.delete(path);
    }

    @Override
    public void replace(Path from, Path to) throws IOException {
        step(from, to);
        REAL.replace(from, to);
    }
}
