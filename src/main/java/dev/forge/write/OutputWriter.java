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
        boolean madeRoot = !Files.exists(root);
        boolean madeForge = Jail.kind(forge) == Jail.Kind.ABSENT;
        boolean changed = false;
        try {
            createDirectories(root, forge);
            try (WriteLock lock = WriteLock.acquire(jail, lockWait)) {
                recover(jail);
                WriteResult r = writeLocked(jail, artifacts, scope, force);
                changed = !r.written().isEmpty() || !r.deleted().isEmpty() || Files.exists(root.resolve(Manifest.FILE));
                return r;
            }
        } catch (IOException e) {
            throw fail("", Code.E203, "cannot create the output folder '" + out + "': " + e.getMessage(), Code.E203.fix());
        } finally {
            if (!changed) {
                removeIfEmpty(forge, madeForge);
                removeIfEmpty(root, madeRoot);
            }
        }
    }

    private WriteResult writeLocked(Jail jail, List<Artifact> artifacts, Predicate<String> scope, boolean force) {
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
            String hash = a.sha256();
            next.put(a.path(), hash);
            Diagnostic obstacle = jail.obstacle(a.path());
            if (obstacle != null) {
                problems.add(obstacle);
                continue;
            }
            String onDisk = Jail.hash(jail.resolve(a.path()));
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
            apply(jail, toWrite, replacing, delete, oldBytes, nextBytes);
        }
        return new WriteResult(List.copyOf(toWrite.keySet()), List.copyOf(unchanged), List.copyOf(delete.keySet()), List.copyOf(kept));
    }

    private void apply(Jail jail, Map<String, Artifact> toWrite, Map<String, String> replacing, Map<String, String> delete,
                       byte[] oldManifest, byte[] newManifest) {
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
            Transaction.apply(jail, ops, list, bytes, oldManifest, newManifest);
        } catch (Transaction.Failure f) {
            String outcome = f.left().isEmpty()
                    ? "; rolled back: the output folder is exactly as it was before this run"
                    : "; the rollback could not restore " + String.join(", ", f.left())
                    + " (their previous bytes are kept under '" + jail.show(Manifest.DIR) + "/txn-*/old')";
            throw fail("", Code.E203, "cannot write the output: " + f.getMessage() + outcome, Code.E203.fix());
        }
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

    private void createDirectories(Path root, Path forge) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = root; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            createIfAbsent(p);
        }
        createIfAbsent(forge);
    }

    /** Another run may create the same folder at the same moment: that is fine. */
    private void createIfAbsent(Path dir) throws IOException {
        if (Jail.kind(dir) == Jail.Kind.ABSENT) {
            try {
                ops.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (Jail.kind(dir) != Jail.Kind.DIRECTORY) {
                    throw e;
                }
            }
        }
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
