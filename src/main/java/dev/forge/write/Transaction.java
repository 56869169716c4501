package dev.forge.write;

import dev.forge.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One write as a journaled transaction in {@code .forge/txn-<id>/}: new bytes are staged, the journal is
 * recorded, then every old file is moved aside (kept as its backup) and the new one moved in. Replacing the
 * manifest is the commit point, marked by a {@code committed} file. Until then a failure — here, or a process
 * killed at any instant, recovered by the next run — rolls back from the backups, so the tree is exactly the
 * previous generation. Rollback only moves files whose bytes are exactly what this transaction wrote.
 */
final class Transaction {

    /** One file: {@code oldHash} null for a new file, {@code newHash} null for a deletion. */
    record Op(int id, String path, String oldHash, String newHash) {
    }

    static final String PREFIX = "txn-";
    private static final String JOURNAL = "journal.json";
    private static final String COMMITTED = "committed";
    private static final String OLD_MANIFEST = "manifest.old";
    private static final String NEW_MANIFEST = "manifest.new";

    private final Jail jail;
    private final FileOps ops;
    private final Path dir;
    private final List<Op> list;
    private final List<String> dirs;
    private final boolean hadManifest;

    private Transaction(Jail jail, FileOps ops, Path dir, List<Op> list, List<String> dirs, boolean hadManifest) {
        this.jail = jail;
        this.ops = ops;
        this.dir = dir;
        this.list = list;
        this.dirs = dirs;
        this.hadManifest = hadManifest;
    }

    /**
     * Applies {@code list} and installs {@code newManifest}. On failure the tree is rolled back and a
     * {@link Failure} says whether that succeeded.
     */
    static void apply(Jail jail, FileOps ops, List<Op> list, Map<Integer, byte[]> bytes, byte[] oldManifest,
                      byte[] newManifest) throws Failure {
        Path dir = jail.root().resolve(Manifest.DIR).resolve(PREFIX + UUID.randomUUID().toString().substring(0, 8));
        Transaction t = new Transaction(jail, ops, dir, list, missingDirs(jail, list), oldManifest != null);
        try {
            t.prepare(bytes, oldManifest, newManifest);
        } catch (IOException | RuntimeException e) {
            deleteTree(ops, dir);
            throw new Failure(e, List.of());
        }
        try {
            t.execute();
        } catch (IOException | RuntimeException e) {
            List<String> left = t.rollback();
            if (left.isEmpty()) {
                discard(ops, dir);
            }
            throw new Failure(e, left);
        }
        discard(ops, dir);
    }

    /**
     * Removes a finished transaction's folder, the journal first: without it the folder is inert (nothing to roll
     * back), so a failure or a kill half-way through the clean-up can never make the next run undo a commit.
     */
    private static void discard(FileOps ops, Path dir) {
        try {
            Path journal = dir.resolve(JOURNAL);
            if (Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
                ops.delete(journal);
            }
        } catch (IOException e) {
            return; // the next run finds the journal (and the commit mark) and cleans up
        }
        deleteTree(ops, dir);
    }

    /** Finishes or rolls back what runs that died left in {@code .forge/}; returns what could not be restored. */
    static List<String> recover(Jail jail, FileOps ops) throws IOException {
        Path forge = jail.root().resolve(Manifest.DIR);
        if (Jail.kind(forge) != Jail.Kind.DIRECTORY) {
            return List.of();
        }
        List<Path> leftovers;
        try (Stream<Path> s = Files.list(forge)) {
            leftovers = s.sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path p : leftovers) {
            String name = p.getFileName().toString();
            if (name.startsWith(PREFIX) && Jail.kind(p) == Jail.Kind.DIRECTORY) {
                List<String> left = Jail.kind(p.resolve(COMMITTED)) == Jail.Kind.FILE ? List.of() : fromJournal(jail, ops, p);
                if (left.isEmpty()) {
                    discard(ops, p);
                }
                problems.addAll(left);
            } else if (name.startsWith(PREFIX) || name.startsWith("staging-") || name.startsWith(".tmp-")
                    || name.equals("manifest.pending.json")) {
                deleteTree(ops, p); // leftovers of interrupted runs (also of older Forge versions)
            }
        }
        return problems;
    }

    private static List<String> fromJournal(Jail jail, FileOps ops, Path dir) {
        Path journal = dir.resolve(JOURNAL);
        if (Jail.kind(journal) != Jail.Kind.FILE) {
            return List.of(); // the run died while staging: nothing had been moved yet
        }
        try {
            if (Files.size(journal) > Manifest.MAX_BYTES) {
                throw new IllegalArgumentException("journal too large");
            }
            Object doc = Json.parse(Files.readString(journal, StandardCharsets.UTF_8));
            if (!(doc instanceof Map<?, ?> m) || !Long.valueOf(1).equals(m.get("forge-transaction"))
                    || !(m.get("ops") instanceof List<?> rawOps) || !(m.get("dirs") instanceof List<?> rawDirs)
                    || !(m.get("had-manifest") instanceof Boolean had)) {
                throw new IllegalArgumentException("not a Forge journal");
            }
            List<Op> list = new ArrayList<>();
            for (Object o : rawOps) {
                Map<?, ?> op = (Map<?, ?>) o;
                String path = (String) op.get("path");
                String oldHash = hashOrNull(op.get("old"));
                String newHash = hashOrNull(op.get("new"));
                if (RelPath.problem(path) != null || !(op.get("id") instanceof Long id) || id < 0 || id > 10_000_000) {
                    throw new IllegalArgumentException("bad entry " + op);
                }
                list.add(new Op(id.intValue(), path, oldHash, newHash));
            }
            List<String> dirs = new ArrayList<>();
            for (Object d : rawDirs) {
                if (!(d instanceof String s) || RelPath.problem(s) != null) {
                    throw new IllegalArgumentException("bad folder " + d);
                }
                dirs.add(s);
            }
            return new Transaction(jail, ops, dir, list, dirs, had).rollback();
        } catch (IOException | RuntimeException e) {
            return List.of("the journal '" + jail.show(jail.root().relativize(journal).toString())
                    + "' of an interrupted run is unreadable (" + e.getMessage() + ")");
        }
    }

    private static String hashOrNull(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof String s && s.matches("[0-9a-f]{64}")) {
            return s;
        }
        throw new IllegalArgumentException("bad hash " + o);
    }

    private void prepare(Map<Integer, byte[]> bytes, byte[] oldManifest, byte[] newManifest) throws IOException {
        ops.createDirectory(dir);
        ops.createDirectory(dir.resolve("new"));
        ops.createDirectory(dir.resolve("old"));
        for (Op op : list) {
            if (op.newHash() != null) {
                ops.writeNew(dir.resolve("new").resolve(Integer.toString(op.id())), bytes.get(op.id()));
            }
        }
        if (oldManifest != null) {
            ops.writeNew(dir.resolve(OLD_MANIFEST), oldManifest);
        }
        ops.writeNew(dir.resolve(NEW_MANIFEST), newManifest);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("forge-transaction", 1);
        doc.put("had-manifest", hadManifest);
        doc.put("dirs", dirs);
        List<Object> entries = new ArrayList<>();
        for (Op op : list) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", op.id());
            e.put("path", op.path());
            e.put("old", op.oldHash());
            e.put("new", op.newHash());
            entries.add(e);
        }
        doc.put("ops", entries);
        ops.writeNew(dir.resolve(JOURNAL + ".tmp"), Json.write(doc).getBytes(StandardCharsets.UTF_8));
        ops.move(dir.resolve(JOURNAL + ".tmp"), dir.resolve(JOURNAL));
    }

    private void execute() throws IOException {
        for (String d : dirs) {
            ops.createDirectory(jail.resolve(d));
        }
        for (Op op : list) {
            Path target = jail.resolve(op.path());
            if (op.oldHash() != null) {
                ops.move(target, backup(op));
            }
            if (op.newHash() != null) {
                ops.move(dir.resolve("new").resolve(Integer.toString(op.id())), target);
            }
        }
        for (Op op : list) {
            if (op.newHash() == null) {
                pruneEmptyParents(op.path());
            }
        }
        ops.replace(dir.resolve(NEW_MANIFEST), jail.root().resolve(Manifest.FILE));
        ops.writeNew(dir.resolve(COMMITTED), new byte[0]);
    }

    private Path backup(Op op) {
        return dir.resolve("old").resolve(Integer.toString(op.id()));
    }

    /** Puts back the previous generation; returns what could not be restored (empty: the tree is as before). */
    private List<String> rollback() {
        List<String> left = new ArrayList<>();
        Path manifest = jail.root().resolve(Manifest.FILE);
        try {
            if (hadManifest) {
                if (Jail.kind(dir.resolve(OLD_MANIFEST)) == Jail.Kind.FILE) {
                    ops.replace(dir.resolve(OLD_MANIFEST), manifest);
                }
            } else if (Jail.kind(manifest) == Jail.Kind.FILE) {
                ops.delete(manifest);
            }
        } catch (IOException | RuntimeException e) {
            left.add(jail.show(Manifest.FILE) + " (" + e.getMessage() + ")");
        }
        for (Op op : reversed(list)) {
            try {
                String problem = undo(op);
                if (problem != null) {
                    left.add(jail.show(op.path()) + " (" + problem + ")");
                }
            } catch (IOException | RuntimeException e) {
                left.add(jail.show(op.path()) + " (" + e.getMessage() + ")");
            }
        }
        for (String d : reversed(dirs)) {
            Path p = jail.root().resolve(d);
            try {
                if (Jail.kind(p) == Jail.Kind.DIRECTORY && isEmpty(p)) {
                    ops.delete(p);
                }
            } catch (IOException | RuntimeException e) {
                // an empty folder left behind holds no bytes: the tree's files are as before
            }
        }
        return left;
    }

    private String undo(Op op) throws IOException {
        if (jail.obstacle(op.path()) != null) {
            return "a link or another file now stands on its way";
        }
        Path target = jail.resolve(op.path());
        String current = Jail.hash(target);
        boolean hasBackup = Jail.kind(backup(op)) == Jail.Kind.FILE;
        if (op.newHash() != null && op.newHash().equals(current)) {
            ops.delete(target); // exactly the bytes this transaction put there
            current = null;
        }
        if (current == null) {
            if (hasBackup) {
                ensureParents(op.path());
                ops.move(backup(op), target);
            } else if (op.oldHash() != null) {
                return "its previous bytes are missing";
            }
            return null;
        }
        return current.equals(op.oldHash()) ? null : "changed by someone else during the write";
    }

    private void ensureParents(String rel) throws IOException {
        String[] segments = rel.split("/");
        Path p = jail.root();
        for (int i = 0; i < segments.length - 1; i++) {
            p = p.resolve(segments[i]);
            Jail.Kind k = Jail.kind(p);
            if (k == Jail.Kind.ABSENT) {
                ops.createDirectory(p);
            } else if (k != Jail.Kind.DIRECTORY) {
                throw new IOException("'" + p + "' is not a folder");
            }
        }
    }

    private void pruneEmptyParents(String rel) throws IOException {
        int cut = rel.lastIndexOf('/');
        while (cut > 0) {
            String parent = rel.substring(0, cut);
            Path p = jail.root().resolve(parent);
            if (Jail.kind(p) != Jail.Kind.DIRECTORY || !isEmpty(p)) {
                return;
            }
            ops.delete(p);
            cut = parent.lastIndexOf('/');
        }
    }

    private static boolean isEmpty(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.findAny().isEmpty();
        }
    }

    /** The folders (relative, parents first) that must be created for the new files. */
    private static List<String> missingDirs(Jail jail, List<Op> list) {
        TreeSet<String> out = new TreeSet<>();
        for (Op op : list) {
            if (op.newHash() == null) {
                continue;
            }
            String[] segments = op.path().split("/");
            StringBuilder rel = new StringBuilder();
            for (int i = 0; i < segments.length - 1; i++) {
                rel.append(i == 0 ? "" : "/").append(segments[i]);
                if (Jail.kind(jail.root().resolve(rel.toString())) == Jail.Kind.ABSENT) {
                    out.add(rel.toString());
                }
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt((String s) -> s.split("/").length).thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    /** Deletes a folder Forge made for itself, links removed, never followed. Best effort. */
    static void deleteTree(FileOps ops, Path root) {
        if (Jail.kind(root) == Jail.Kind.DIRECTORY) {
            try (Stream<Path> s = Files.list(root)) {
                for (Path p : s.toList()) {
                    deleteTree(ops, p);
                }
            } catch (IOException ignored) {
                // best effort: the next run removes what is left
            }
        }
        try {
            if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                ops.delete(root);
            }
        } catch (IOException ignored) {
            // as above
        }
    }

    /** A transaction failed; {@code left} lists what its rollback could not restore (empty: tree as before). */
    static final class Failure extends Exception {
        private final transient List<String> left;

        Failure(Exception cause, List<String> left) {
            super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause, false, false);
            this.left = List.copyOf(left);
        }

        List<String> left() {
            return left;
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> r = new ArrayList<>(list);
        java.util.Collections.reverse(r);
        return r;
    }
}
