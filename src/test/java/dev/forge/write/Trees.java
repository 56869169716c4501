package dev.forge.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots of folders for before/after comparisons: files with their bytes, folders, and links with targets. */
final class Trees {

    private Trees() {
    }

    /** Every entry under {@code root}: files as their text, folders as "dir", links as "-> target". */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return m;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    m.put(rel, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    m.put(rel + "/", "dir");
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    m.put(rel, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                } else {
                    m.put(rel, "special");
                }
            }
        }
        return m;
    }

    /** The regular files under {@code root} and their text. */
    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        snapshot(root).forEach((k, v) -> {
            if (!k.endsWith("/") && !v.startsWith("-> ") && !v.equals("special")) {
                m.put(k, v);
            }
        });
        return m;
    }

    /** What is in {@code .forge/} besides the manifest: staging, journals, locks, temporary files. */
    static List<String> forgeLeftovers(Path out) throws IOException {
        List<String> left = new ArrayList<>();
        Path forge = out.resolve(Manifest.DIR);
        if (Files.isDirectory(forge)) {
            try (Stream<Path> s = Files.list(forge)) {
                s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.json")).sorted().forEach(left::add);
            }
        }
        return left;
    }

    static void copy(Path from, Path to) throws IOException {
        dev.forge.testkit.Trees.copy(from, to);
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
