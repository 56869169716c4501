package dev.forge.write;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import dev.forge.synth.Artifact;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Phase 6, write. Owns only what it wrote, through {@link Manifest}, and never leaves its output folder:
 * <ul>
 *   <li>a generated file a person edited since is not overwritten (FORGE-E201) unless forced;</li>
 *   <li>a file Forge never wrote is not overwritten (FORGE-E202) unless forced, and never deleted;</li>
 *   <li>a file Forge generated before and no longer generates is deleted (left alone if edited);</li>
 *   <li>the output folder is a jail: every path, from an artifact, the manifest or a journal, is relative with no
 *       {@code ..}, and is walked without following links (a link on the way is FORGE-E205; a manifest naming a
 *       path outside is FORGE-E204 and nothing is written or deleted);</li>
 *   <li>all or nothing: every destination is checked before the first byte moves, then a journaled
 *       {@link Transaction} applies the change; a failure, or a run killed at any instant, is rolled back to the
 *       previous generation (by this run, or by the next);</li>
 *   <li>one writer at a time ({@link WriteLock}; FORGE-E206 after waiting).</li>
 * </ul>
 */
public final class OutputWriter {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final Path out;
    private final FileOps ops;
    private final Duration lockWait;

    public OutputWriter(Path out) {
        this(out, FileOps.REAL, DEFAULT_WAIT);
    }

    /** For tests: another file system's operations (failures injected) and lock wait. */
    public OutputWriter(Path out, FileOps ops, Duration lockWait) {
        this.out = out;
        this.ops = ops;
        this.lockWait = lockWait;
    }

    /**
     * Writes {@code artifacts}. {@code scope} says which previously generated files this run is responsible
     * for: a stale file is deleted only when {@code scope} accepts its path (a run narrowed to one target or
     * environment leaves the others' files alone).
     */
    public WriteResult write(List<Artifact> artifacts, Predicate<String> scope, boolean force) {
        try (Staged staged = stage(artifacts, scope, force)) {
            return staged.commit();
        }
    }

    /**
     * Everything {@link #write} does before the first file of the tree moves: the lock taken, the destinations
     * checked, the new bytes and the journal staged under {@code .forge/}. Nothing in the tree changes until
     * {@link Staged#commit}; closing a staged write that was not committed removes what it staged (and the folders
     * this run made), so the output folder is as it was. The lock is held until then.
     */
    public Staged stage(List<Artifact> artifacts, Predicate<String> scope, boolean force) {
        if (out.toString().isEmpty()) {
            throw fail("", Code.E203, "the output path is empty", "Name an output directory with --out DIR.");
        }
        Jail jail = new Jail(out);
        Path root = jail.root();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw fail("", Code.E203, "output path '" + out + "' is a file, not a directory", "Choose another --out directory.");
        }
        Path forge = root.resolve(Manifest.DIR);
        if (Jail.kind(forge) == Jail.Kind.LINK) {
            throw new WriteException(List.of(jail.linkError(Manifest.DIR, forge)));
        }
        Staged staged = new Staged(jail, Jail.kind(forge) == Jail.Kind.ABSENT);
        try {
            staged.madeFolders = createDirectories(root, forge);
            staged.lock = WriteLock.acquire(jail, lockWait);
            recover(jail);
            stageLocked(staged, artifacts, scope, force);
            return staged;
        } catch (IOException e) {
            staged.close();
            throw fail("", Code.E203, "cannot create the output folder '" + out + "': " + e.getMessage(), Code.E203.fix());
        } catch (RuntimeException | Error e) {
            staged.close();
            throw e;
        }
    }

    /** A write staged by {@link #stage}: commit it, or close it to leave the output folder as it was. */
    public final class Staged implements AutoCloseable {
        private final Jail jail;
        /** The output folder and the parents of it this run created (outermost first). */
        private List<Path> madeFolders = List.of();
        private final boolean madeForge;
        private WriteLock lock;
        private Transaction transaction;
        private List<String> checkPaths = List.of();
        private WriteResult result;
        private boolean committed;
        private boolean commitStarted;
        private boolean closed;

        private Staged(Jail jail, boolean madeForge) {
            this.jail = jail;
            this.madeForge = madeForge;
        }

        /**
         * Moves the staged files in and installs the manifest (all or nothing, as {@link #write} promises). Every
         * destination is looked at again first: a link or file put in the way since it was staged stops the write
         * before anything moves.
         */
        public WriteResult commit() {
            if (committed || closed) {
                throw new IllegalStateException("a staged write commits once, before it is closed");
            }
            if (transaction != null) {
                List<Diagnostic> problems = new ArrayList<>();
                dev.forge.util.Parallel.map(checkPaths, jail::obstacle).forEach(d -> {
                    if (d != null) {
                        problems.add(d);
                    }
                });
                if (!problems.isEmpty()) {
                    problems.sort(Diagnostic.ORDER);
                    throw new WriteException(problems);
                }
                // from here on the transaction is the tree's: a commit that dies half-way is rolled back by this run
                // or, if the process dies, by the next one from the journal; closing must never remove that
                commitStarted = true;
                try {
                    transaction.commit();
                } catch (Transaction.Failure f) {
                    transaction = null; // rolled back: nothing left to abandon
                    throw failed(jail, f);
                }
                transaction = null;
            }
            committed = true;
            return result;
        }

        /** Releases the lock; before a commit, also removes what was staged and the folders this run made. */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (transaction != null && !commitStarted) {
                    transaction.abandon();
                }
                transaction = null;
            } finally {
                closeLock();
            }
        }

        private void closeLock() {
            try {
                if (lock != null) {
                    lock.close();
                }
            } finally {
                Path root = jail.root();
                Path forge = root.resolve(Manifest.DIR);
                boolean changed = committed && (!result.written().isEmpty() || !result.deleted().isEmpty()
                        || Files.exists(root.resolve(Manifest.FILE)));
                if (!changed) {
                    removeIfEmpty(forge, madeForge);
                    for (int i = madeFolders.size() - 1; i >= 0; i--) {
                        removeIfEmpty(madeFolders.get(i), true);
                    }
                }
            }
        }
    }

    private void stageLocked(Staged staged, List<Artifact> artifacts, Predicate<String> scope, boolean force) {
        Jail jail = staged.jail;
        byte[] oldBytes = readManifest(jail);
        Manifest old = parseManifest(jail, oldBytes);
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, Artifact> toWrite = new TreeMap<>();
        Map<String, String> replacing = new HashMap<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, String> next = new TreeMap<>();
        old.files().forEach((p, h) -> {
            if (!scope.test(p)) {
                next.put(p, h);
            }
        });
        for (Artifact a : artifacts) {
            String problem = RelPath.problem(a.path());
            if (problem != null) {
                throw new IllegalStateException("a target generated " + problem + ": '" + a.path() + "'");
            }
        }
        // what stands at each destination, looked at on every core (reading and hashing the files of the previous
        // generation is most of a second run's work); the decisions are then taken in the artifacts' order
        List<Object> found = dev.forge.util.Parallel.map(artifacts, a -> {
            Diagnostic obstacle = jail.obstacle(a.path());
            return obstacle != null ? obstacle : java.util.Objects.requireNonNullElse(Jail.hash(jail.resolve(a.path())), "");
        });
        for (int i = 0; i < artifacts.size(); i++) {
            Artifact a = artifacts.get(i);
            String hash = a.sha256();
            next.put(a.path(), hash);
            if (found.get(i) instanceof Diagnostic obstacle) {
                problems.add(obstacle);
                continue;
            }
            String onDisk = found.get(i).equals("") ? null : (String) found.get(i);
            if (onDisk == null) {
                toWrite.put(a.path(), a);
            } else if (onDisk.equals(hash)) {
                unchanged.add(a.path());
            } else if (onDisk.equals(old.files().get(a.path())) || force && !onDisk.equals(Jail.UNREADABLE)) {
                toWrite.put(a.path(), a);
                replacing.put(a.path(), onDisk);
            } else if (old.files().containsKey(a.path())) {
                problems.add(Diagnostic.error(Location.file(jail.show(a.path())), Code.E201, "'" + jail.show(a.path())
                        + "' was generated by Forge and has been edited since; not overwriting it", Code.E201.fix()));
            } else {
                problems.add(Diagnostic.error(Location.file(jail.show(a.path())), Code.E202, "'" + jail.show(a.path())
                        + "' exists and was not written by Forge; not overwriting it", Code.E202.fix()));
            }
        }
        Map<String, String> delete = new TreeMap<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, String> e : old.files().entrySet()) {
            String p = e.getKey();
            if (!scope.test(p) || next.containsKey(p)) {
                continue;
            }
            Diagnostic obstacle = jail.obstacle(p);
            if (obstacle != null) {
                if (obstacle.code().equals(Code.E205.id())) {
                    problems.add(obstacle);
                } else {
                    kept.add(p); // a folder or special file where it was: not Forge's any more
                }
                continue;
            }
            String onDisk = Jail.hash(jail.resolve(p));
            if (onDisk == null) {
                continue;
            }
            if (onDisk.equals(e.getValue())) {
                delete.put(p, onDisk);
            } else {
                kept.add(p);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Diagnostic.ORDER);
            throw new WriteException(problems);
        }
        byte[] nextBytes = new Manifest(next).toJson().getBytes(StandardCharsets.UTF_8);
        if (!toWrite.isEmpty() || !delete.isEmpty() || oldBytes == null || !java.util.Arrays.equals(oldBytes, nextBytes)) {
            staged.transaction = stageTransaction(jail, toWrite, replacing, delete, oldBytes, nextBytes);
            List<String> paths = new ArrayList<>(toWrite.keySet());
            paths.addAll(delete.keySet());
            staged.checkPaths = paths;
        }
        staged.result = new WriteResult(List.copyOf(toWrite.keySet()), List.copyOf(unchanged), List.copyOf(delete.keySet()),
                List.copyOf(kept));
    }

    private Transaction stageTransaction(Jail jail, Map<String, Artifact> toWrite, Map<String, String> replacing,
                                         Map<String, String> delete, byte[] oldManifest, byte[] newManifest) {
        List<Transaction.Op> list = new ArrayList<>();
        Map<Integer, byte[]> bytes = new HashMap<>();
        TreeMap<String, Transaction.Op> byPath = new TreeMap<>();
        int id = 0;
        for (Artifact a : toWrite.values()) {
            byPath.put(a.path(), new Transaction.Op(id, a.path(), replacing.get(a.path()), a.sha256()));
            bytes.put(id++, a.bytes());
        }
        for (Map.Entry<String, String> e : delete.entrySet()) {
            byPath.put(e.getKey(), new Transaction.Op(id++, e.getKey(), e.getValue(), null));
        }
        list.addAll(byPath.values());
        try {
            return Transaction.stage(jail, ops, list, bytes, oldManifest, newManifest);
        } catch (Transaction.Failure f) {
            throw failed(jail, f);
        }
    }

    private WriteException failed(Jail jail, Transaction.Failure f) {
        String outcome = f.left().isEmpty()
                ? "; rolled back: the output folder is exactly as it was before this run"
                : "; the rollback could not restore " + String.join(", ", f.left())
                + " (their previous bytes are kept under '" + jail.show(Manifest.DIR) + "/txn-*/old')";
        return fail("", Code.E203, "cannot write the output: " + f.getMessage() + outcome, Code.E203.fix());
    }

    private void recover(Jail jail) {
        try {
            List<String> left = Transaction.recover(jail, ops);
            if (!left.isEmpty()) {
                throw fail(Manifest.DIR, Code.E203, "an interrupted earlier run could not be rolled back: "
                        + String.join(", ", left) + "; nothing was written",
                        "Check those files (the previous bytes are under " + jail.show(Manifest.DIR)
                                + "/txn-*/old), then delete the txn-* folder and run again.");
            }
        } catch (IOException e) {
            throw fail(Manifest.DIR, Code.E203, "cannot read '" + jail.show(Manifest.DIR) + "': " + e.getMessage(), Code.E203.fix());
        }
    }

    /** The manifest's bytes (null when there is none), read only from a regular file and at most MAX_BYTES. */
    private byte[] readManifest(Jail jail) {
        Path p = jail.root().resolve(Manifest.FILE);
        Jail.Kind kind = Jail.kind(p);
        if (kind == Jail.Kind.ABSENT) {
            return null;
        }
        if (kind == Jail.Kind.LINK) {
            throw new WriteException(List.of(jail.linkError(Manifest.FILE, p)));
        }
        if (kind != Jail.Kind.FILE) {
            throw fail(Manifest.FILE, Code.E204, "'" + jail.show(Manifest.FILE) + "' is not a regular file", Code.E204.fix());
        }
        try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
            byte[] b = in.readNBytes((int) Manifest.MAX_BYTES + 1);
            if (b.length > Manifest.MAX_BYTES) {
                throw fail(Manifest.FILE, Code.E204, "'" + jail.show(Manifest.FILE) + "' is larger than "
                        + Manifest.MAX_BYTES / (1024 * 1024) + " MiB; it is not a manifest Forge wrote", Code.E204.fix());
            }
            return b;
        } catch (IOException e) {
            throw fail(Manifest.FILE, Code.E204, "cannot read '" + jail.show(Manifest.FILE) + "': " + e.getMessage(), Code.E204.fix());
        }
    }

    private Manifest parseManifest(Jail jail, byte[] bytes) {
        if (bytes == null) {
            return Manifest.empty();
        }
        try {
            return Manifest.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (Manifest.Tampered e) {
            throw fail(Manifest.FILE, Code.E204, "'" + jail.show(Manifest.FILE) + "' has been tampered with: "
                    + e.getMessage() + "; nothing was written or deleted", Code.E204.fix());
        } catch (IllegalArgumentException e) {
            throw fail(Manifest.FILE, Code.E204, "'" + jail.show(Manifest.FILE) + "' is not a valid manifest: "
                    + e.getMessage(), Code.E204.fix());
        }
    }

    /** Creates the output folder (with its parents) and its .forge folder; returns the folders it made, outermost first. */
    private List<Path> createDirectories(Path root, Path forge) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = root; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.add(0, p);
        }
        List<Path> made = new ArrayList<>();
        for (Path p : missing) {
            if (createIfAbsent(p)) {
                made.add(p);
            }
        }
        createIfAbsent(forge);
        return made;
    }

    /** Another run may create the same folder at the same moment: that is fine. Whether this run created it. */
    private boolean createIfAbsent(Path dir) throws IOException {
        if (Jail.kind(dir) == Jail.Kind.ABSENT) {
            try {
                ops.createDirectory(dir);
                return true;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (Jail.kind(dir) != Jail.Kind.DIRECTORY) {
                    throw e;
                }
            }
        }
        return false;
    }

    private void removeIfEmpty(Path dir, boolean madeByThisRun) {
        if (!madeByThisRun || Jail.kind(dir) != Jail.Kind.DIRECTORY) {
            return;
        }
        try (var s = Files.list(dir)) {
            if (s.findAny().isEmpty()) {
                ops.delete(dir);
            }
        } catch (IOException ignored) {
            // an empty folder left behind changes no file
        }
    }

    private WriteException fail(String rel, Code code, String message, String fix) {
        return new WriteException(List.of(Diagnostic.error(Location.file(new Jail(out).show(rel)), code, message, fix)));
    }
}
