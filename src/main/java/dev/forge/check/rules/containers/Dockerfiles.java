package dev.forge.check.rules.containers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the Dockerfile rules share: which files are Dockerfiles, and their instructions (continuations joined). */
final class Dockerfiles {

    /** One instruction: its 1-based first line, keyword (upper case) and arguments. */
    record Instruction(int line, String keyword, String args) {
    }

    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    /** The memo key of a file's instructions. */
    private static final Object INSTRUCTIONS = new Object();

    private Dockerfiles() {
    }

    /** The file's instructions ({@link #instructions(List)}), read once however many rules ask. */
    static List<Instruction> instructions(dev.forge.check.artifact.ParsedArtifact a) {
        return a.memo(INSTRUCTIONS, f -> List.copyOf(instructions(f.lines())));
    }

    /** {@code text} cut at runs of white space, at most {@code limit} pieces (as {@link String#split(String, int)}). */
    static String[] words(String text, int limit) {
        return BLANKS.split(text, limit);
    }

    /** Dockerfile, Dockerfile.dev, api.Dockerfile; never an ignore file (Dockerfile.dockerignore). */
    static boolean isDockerfile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return !name.endsWith(".dockerignore")
                && (name.equals("Dockerfile") || name.endsWith(".Dockerfile") || name.startsWith("Dockerfile."));
    }

    /** The instructions, comments and blank lines left out, backslash continuations joined. */
    static List<Instruction> instructions(List<String> lines) {
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.trim();
            if (current == null && (t.isEmpty() || t.startsWith("#"))) {
                continue;
            }
            if (current == null) {
                current = new StringBuilder();
                start = i + 1;
            } else if (t.startsWith("#")) {
                continue; // a comment inside a continued instruction
            }
            boolean continued = t.endsWith("\\");
            current.append(continued ? t.substring(0, t.length() - 1) : t).append(' ');
            if (!continued) {
                String text = current.toString().trim();
                String[] words = words(text, 2);
                out.add(new Instruction(start, words[0].toUpperCase(Locale.ROOT), words.length > 1 ? words[1] : ""));
                current = null;
            }
        }
        return out;
    }

    /** The instructions of the final stage (from its FROM on). */
    static List<Instruction> finalStage(List<Instruction> all) {
        int from = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).keyword().equals("FROM")) {
                from = i;
            }
        }
        return all.subList(from, all.size());
    }
}
