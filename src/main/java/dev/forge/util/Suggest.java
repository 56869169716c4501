package dev.forge.util;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean ...?" by edit distance. */
public final class Suggest {

    /** Longer words are no typo of a name: nothing is suggested for them. */
    static final int MAX_LENGTH = 128;

    private Suggest() {
    }

    /** The candidate nearest to {@code wrong}, when it is near enough to be a likely typo. */
    public static Optional<String> nearest(String wrong, Collection<String> candidates) {
        if (wrong.length() > MAX_LENGTH) {
            return Optional.empty(); // no name is that long; comparing would cost length^2 memory for nothing
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = wrong.toLowerCase(java.util.Locale.ROOT);
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || d == bestDistance && best != null && closer(w, c, best)) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.min(3, Math.max(wrong.length(), best.length()) / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * Between two candidates as many edits away: the one sharing the longer prefix, then the nearer version number
     * ({@code python3.15} suggests {@code python3.14}, not the oldest {@code python3.10}), then the later name.
     */
    static boolean closer(String wrong, String c, String best) {
        int pc = commonPrefix(wrong, c.toLowerCase(java.util.Locale.ROOT));
        int pb = commonPrefix(wrong, best.toLowerCase(java.util.Locale.ROOT));
        if (pc != pb) {
            return pc > pb;
        }
        long nw = number(wrong, pc);
        long nc = number(c, pc);
        long nb = number(best, pb);
        if (nw >= 0 && nc >= 0 && nb >= 0 && Math.abs(nw - nc) != Math.abs(nw - nb)) {
            return Math.abs(nw - nc) < Math.abs(nw - nb);
        }
        return c.compareTo(best) > 0;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The number that starts at or just before {@code from} (the digits around the first difference), or -1. */
    private static long number(String s, int from) {
        int start = Math.min(from, s.length());
        while (start > 0 && Character.isDigit(s.charAt(start - 1))) {
            start--;
        }
        int end = start;
        while (end < s.length() && Character.isDigit(s.charAt(end)) && end - start < 12) {
            end++;
        }
        return end > start ? Long.parseLong(s.substring(start, end)) : -1;
    }

    /** " (did you mean 'x'?)", or an empty string. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return nearest(wrong, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    public static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 8) {
            return Math.abs(a.length() - b.length());
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
