package dev.forge.model;

/** Formats shared by several fields. */
public final class Names {
    /** Resource and environment names: lowercase letters, digits and single hyphens. */
    public static final String RESOURCE = "^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){0,39}$";
    /** An IANA time zone name such as {@code Europe/Berlin} (checked against the zone database by resolve). */
    public static final String TIME_ZONE = "^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+){0,2}$";
    public static final String TIME_ZONE_HINT = "an IANA time zone such as Europe/Berlin";
    /** {@link #RESOURCE}, compiled once (every reference in a spec is checked against it). */
    public static final java.util.regex.Pattern RESOURCE_PATTERN = java.util.regex.Pattern.compile(RESOURCE);
    public static final String RESOURCE_HINT =
            "1-40 lowercase letters, digits and single hyphens, starting with a letter (e.g. 'messages')";
    public static final String ENV_VAR = "^[A-Za-z_][A-Za-z0-9_]*$";
    public static final java.util.regex.Pattern ENV_VAR_PATTERN = java.util.regex.Pattern.compile(ENV_VAR);
    public static final String ENV_VAR_HINT = "an environment variable name: letters, digits and '_' (e.g. LOG_LEVEL)";
    public static final String AWS_REGION = "^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d$";
    public static final String AWS_REGION_HINT = "a cloud region such as us-east-1 or eu-west-1";
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final String EMAIL_HINT = "an e-mail address such as ops@example.com";

    private Names() {
    }
}
