package dev.forge.util;

/**
 * A value as it may be printed to a terminal, a log or a report: control characters and bidirectional-text
 * controls escaped ({@code \x1b}, {@code \\u202e}) so they cannot retitle a terminal, clear it or reorder what a
 * reviewer reads; over-long values cut; secrets reduced to a short prefix and their length.
 */
public final class Shown {

    /** Values longer than this are cut in messages: a 2 MB bad value says no more than its first part. */
    public static final int MAX_CHARS = 120;
    /** Characters of a secret that may be shown, enough to recognise which one it is. */
    public static final int SECRET_PREFIX = 4;

    private Shown() {
    }

    /** {@code value} escaped and cut to {@link #MAX_CHARS}, saying how long it was. */
    public static String value(String value) {
        if (value == null) {
            return "null";
        }
        int cps = value.codePointCount(0, value.length());
        if (cps <= MAX_CHARS) {
            return escape(value, false);
        }
        String head = value.substring(0, value.offsetByCodePoints(0, MAX_CHARS));
        return escape(head, false) + "… (" + cps + " chars)";
    }

    /** A secret as it may be shown: {@code sk_l… (32 chars)}. */
    public static String secret(String value) {
        int cps = value.codePointCount(0, value.length());
        int keep = cps <= 8 ? Math.min(1, cps) : SECRET_PREFIX;
        return escape(value.substring(0, value.offsetByCodePoints(0, keep)), false) + "… (" + cps + " chars)";
    }

    /**
     * Escapes every character that could act on a terminal or hide text: C0 and C1 controls, DEL, bidirectional
     * controls, lone surrogates. With {@code keepLayout}, line feeds and tabs (the report's own layout) stay.
     */
    public static String escape(String s, boolean keepLayout) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean layout = keepLayout && (c == '\n' || c == '\t');
            boolean bad = !layout && (isControl(c) || isBidi(c) || lone(s, i));
            if (bad && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (!bad) {
                    sb.append(c);
                } else if (c < 0x100) {
                    sb.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
                } else {
                    sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Whether {@code s} holds anything {@link #escape} would change (layout characters included). */
    public static boolean unsafe(String s) {
        return !escape(s, false).equals(s);
    }

    /** C0 controls, DEL and C1 controls. */
    public static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }

    /** Characters that reorder or hide text: bidi embeddings, overrides, isolates and marks. */
    public static boolean isBidi(char c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** A surrogate at {@code i} that is not half of a pair. */
    public static boolean lone(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    /** The index of the first lone surrogate in {@code s}, or -1. */
    public static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (lone(s, i)) {
                return i;
            }
        }
        return -1;
    }
}
