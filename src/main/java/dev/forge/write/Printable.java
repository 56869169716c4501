package dev.forge.write;

/** Paths from a manifest may be hostile: escape control characters and cut long ones before printing. */
final class Printable {

    private Printable() {
    }

    static String cut(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 200; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.length() >= 200 ? b + "… (" + s.length() + " chars)" : b.toString();
    }
}
