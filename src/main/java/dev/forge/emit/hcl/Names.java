package dev.forge.emit.hcl;

/** HCL identifier checks, by hand: {@code String.matches} compiles a regex on every call, and printing calls it a lot. */
final class Names {

    private Names() {
    }

    /** {@code [A-Za-z_][A-Za-z0-9_-]*}. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) && s.charAt(0) < 128 || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    static String require(String s, String what) {
        if (!isIdentifier(s)) {
            throw new IllegalArgumentException("not " + what + ": '" + s + "'");
        }
        return s;
    }
}
