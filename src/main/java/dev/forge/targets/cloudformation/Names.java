package dev.forge.targets.cloudformation;

/** Derived physical names within a service's limit (the same rule as terraform-aws's). */
final class Names {

    private Names() {
    }

    /**
     * As is when it fits, else cut and ended with 8 hex digits of its SHA-256, so two long names that share a
     * beginning stay distinct and the same spec always gives the same name.
     */
    static String fit(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String hex = dev.forge.util.Hashing.sha256(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8);
        return name.substring(0, max - 9).replaceAll("-+$", "") + "-" + hex;
    }
}
