package dev.forge.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of {@code uses:}: a reference and what it may do, written {@code table:messages (read-write)}.
 * Without the parentheses the kind's default access applies (read for tables, buckets, secrets and
 * parameters; publish for queues; invoke for functions, services and models; connect for databases and
 * caches). {@code as NAME} renames the connection variable the entry derives ({@code table:messages as DDB_TABLE});
 * for databases and caches, which derive several, it names their common prefix ({@code database:main as DB} gives
 * {@code DB_HOST}, {@code DB_PORT} ...). docs/env-contract.md has the whole contract.
 *
 * @param access null when the entry does not name one; resolve fills the kind's default
 * @param variable the name (or, for databases and caches, prefix) given with {@code as}; null for the default
 */
public record Use(Ref ref, Access access, String variable) {

    private static final Pattern FORM = Pattern.compile(
            "([^\\s(]+)\\s*(?:\\(\\s*([a-z-]+)\\s*\\))?(?:\\s+as\\s+(\\S+))?");

    public Use(Ref ref, Access access) {
        this(ref, access, null);
    }

    public static Use parse(String raw) {
        Matcher m = FORM.matcher(raw.trim());
        if (!m.matches()) {
            throw new BadValueException("'" + dev.forge.util.Shown.value(raw) + "' is not a use",
                    "Write kind:name with an optional access level, e.g. 'table:messages (read-write)'.");
        }
        Ref ref = Ref.parse(m.group(1));
        String variable = m.group(3);
        if (variable != null && !Names.ENV_VAR_PATTERN.matcher(variable).matches()) {
            throw new BadValueException("'" + dev.forge.util.Shown.value(variable) + "' is not a variable name",
                    "After 'as' write " + Names.ENV_VAR_HINT + ", e.g. 'table:messages as DDB_TABLE'.");
        }
        if (m.group(2) == null) {
            return new Use(ref, null, variable);
        }
        Access access = null;
        for (Access a : Access.values()) {
            if (a.spelling().equals(m.group(2))) {
                access = a;
            }
        }
        if (access == null || !ref.kind().accesses().contains(access)) {
            throw new BadAccessException("'" + m.group(2) + "' is not an access level of a " + ref.kind().spelling()
                    + "; use " + spellings(ref.kind()));
        }
        return new Use(ref, access, variable);
    }

    static String spellings(Kind k) {
        return String.join(", ", k.accesses().stream().map(Access::spelling).toList());
    }

    public Access accessOrDefault() {
        return access == null ? ref.kind().defaultAccess() : access;
    }

    @Override
    public String toString() {
        return ref + " (" + accessOrDefault().spelling() + ")" + (variable == null ? "" : " as " + variable);
    }

    /** The access level does not belong to the reference's kind. */
    public static final class BadAccessException extends IllegalArgumentException {
        public BadAccessException(String message) {
            super(message);
        }
    }
}
