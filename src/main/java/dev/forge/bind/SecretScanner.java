package dev.forge.bind;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one secret detector: the resolver (FORGE-E117, YAML and Java-built specs), FORGE-SEC-002 (secret-named
 * variables), FORGE-SEC-001 (generated files) and the redaction of messages all ask it. It recognises secrets
 * <b>by format</b> ({@link #credentialKind}: token prefixes, private keys, JWTs, passwords in URLs, Authorization
 * header values) and <b>by name</b> ({@link #isSecretName}: PASS, PASSWORD, SECRET, TOKEN, API_KEY...; and a
 * {@code *_URL}/{@code *_URI}/{@code *_DSN} whose value holds a password). It never returns the value it found.
 *
 * <p>Configuration about a secret is not a secret: a secret-named variable whose name ends in a qualifier such as
 * {@code _TTL}, {@code _TIMEOUT}, {@code _LENGTH} or {@code _ENABLED} and whose value is a plain number or a
 * boolean ({@code TOKEN_TTL: 3600}) is allowed; the same value under a bare secret name ({@code DB_PASSWORD:
 * 123456}) is not.
 */
public final class SecretScanner {

    /**
     * A well-known format, with a name that says what it is (never the value), and the literals one of which every
     * match contains: the expression runs only over text that holds one (a 3 MB Terraform file mostly holds none).
     * A format is {@code bounded} when each match starts with one of its markers right after the word boundary
     * {@link #B}: an occurrence of such a marker inside a word (the "sk-" of "task-") cannot be part of a match.
     */
    private record Format(String kind, Pattern pattern, List<String> markers, boolean bounded) {

        /** A format whose tokens start, after {@link #B}, with one of the markers. */
        static Format token(String kind, String regexAfterBoundary, String... markers) {
            return new Format(kind, Pattern.compile(B + regexAfterBoundary), List.of(markers), true);
        }

        static Format anywhere(String kind, String regex, String... markers) {
            return new Format(kind, Pattern.compile(regex), List.of(markers), false);
        }

        boolean mayMatch(java.util.Set<String> present) {
            for (String m : markers) {
                if (present.contains(m)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String B = "(?:^|[^A-Za-z0-9_])";

    private static final List<Format> FORMATS = List.of(
            Format.token("an AWS access key", "(?:AKIA|ASIA)[0-9A-Z]{16}(?![0-9A-Z])", "AKIA", "ASIA"),
            Format.token("an Anthropic API key", "sk-ant-[A-Za-z0-9_-]{20,}", "sk-ant-"),
            Format.token("an OpenAI API key", "sk-(?:proj-)?[A-Za-z0-9_-]{20,}", "sk-"),
            Format.token("a GitHub token", "(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})",
                    "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
            Format.token("a Slack token", "xox[a-z]-[A-Za-z0-9-]{10,}", "xox"),
            // the marker starts after the [sr]: not at the boundary
            Format.anywhere("a Stripe key", B + "[sr]k_(?:live|test)_[A-Za-z0-9]{16,}", "k_live_", "k_test_"),
            Format.token("a Google API key", "AIza[0-9A-Za-z_-]{35}", "AIza"),
            Format.token("an npm token", "npm_[A-Za-z0-9]{36}", "npm_"),
            Format.anywhere("a private key", "-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----", "PRIVATE KEY"),
            Format.token("a JWT", "eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}", "eyJ"));

    /**
     * {@code scheme://user:password@host} from the {@code ://} on (group 1: the password). The scheme before it is
     * checked by hand ({@link #urlPasswords}): a regex starting with the scheme tried every word of a file as one.
     */
    private static final Pattern URL_PASSWORD = Pattern.compile(
            "://[^/\\s:@\"'`]*:([^/\\s@\"'`]+)@[A-Za-z0-9\\[]");
    /** A DSN without a scheme: {@code user:password@tcp(host)/db}, for values of {@code *_DSN} and similar. */
    private static final Pattern DSN_PASSWORD = Pattern.compile("^[^\\s:/@]+:([^\\s@]+)@\\S");
    private static final Pattern BASIC = Pattern.compile("(?:^|[^A-Za-z0-9])Basic\\s+([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])");
    private static final Pattern BEARER = Pattern.compile("(?:^|[^A-Za-z0-9])Bearer\\s+([A-Za-z0-9._~+/-]{16,}=*)");

    /** Every format above contains one of these: a cheap literal pre-check before the expressions run. */
    private static final List<String> MARKERS = java.util.stream.Stream.concat(
            FORMATS.stream().flatMap(f -> f.markers().stream()), java.util.stream.Stream.of("://", "Basic", "Bearer"))
            .distinct().toList();

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(?:^|_)(?:SECRETS?|PASS|PASSWORD|PASSWD|PASSPHRASE|PWD|TOKENS?|APIKEY|API_KEY|PRIVATE_KEY|ACCESS_KEY"
                    + "|CREDENTIALS?|CREDS|AUTH_KEY|SIGNING_KEY|CLIENT_SECRET)(?:_|$)|(?i)_KEY$");
    private static final Pattern URL_NAME = Pattern.compile("(?i)(?:^|_)(?:URL|URI|DSN|CONNECTION_STRING|CONN_STR)$");
    private static final Pattern CONFIG_QUALIFIER = Pattern.compile(
            "(?i)_(?:TTL|TIMEOUT|EXPIRY|EXPIRES|EXPIRES_IN|EXPIRATION|LIFETIME|AGE|MAX_AGE|LENGTH|LEN|MIN_LENGTH"
                    + "|MAX_LENGTH|SECONDS|MINUTES|HOURS|DAYS|ENABLED|REQUIRED|ROTATION_DAYS|RETRIES)$");
    private static final Pattern PLAIN_NUMBER_OR_BOOL = Pattern.compile("(?i)-?[0-9]{1,9}(?:\\.[0-9]+)?|true|false");

    private SecretScanner() {
    }

    /** A well-known credential format, wherever it is written. */
    public static boolean isKnownCredential(String text) {
        return credentialKind(text).isPresent();
    }

    /**
     * The passwords of {@code scheme://user:password@host} URLs in {@code text}: at each {@code ://} preceded by a
     * scheme (letters, digits, '+', '.', '-', with a letter among them), the user info after it.
     */
    static List<String> urlPasswords(String text) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = URL_PASSWORD.matcher(text);
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
            boolean letter = false;
            int i = at - 1;
            for (; i >= 0; i--) {
                char c = text.charAt(i);
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    letter = true;
                } else if (!(c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
                    break;
                }
            }
            if (letter && m.region(at, text.length()).lookingAt()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** What kind of credential {@code text} holds ("a Stripe key", "a password in a URL"), if any. */
    public static Optional<String> credentialKind(String text) {
        if (text == null) {
            return Optional.empty();
        }
        java.util.Set<String> present = markers(text, false);
        if (present.isEmpty()) {
            return Optional.empty();
        }
        for (Format f : FORMATS) {
            if (f.mayMatch(present) && f.pattern().matcher(text).find()) {
                return Optional.of(f.kind());
            }
        }
        if (present.contains("://")) {
            for (String password : urlPasswords(text)) {
                if (!placeholder(password)) {
                    return Optional.of("a password in a URL");
                }
            }
        }
        Matcher basic = BASIC.matcher(present.contains("Basic") ? text : "");
        while (basic.find()) {
            if (basicCredentials(basic.group(1))) {
                return Optional.of("a Basic Authorization header value");
            }
        }
        Matcher bearer = BEARER.matcher(present.contains("Bearer") ? text : "");
        while (bearer.find()) {
            String token = bearer.group(1);
            if (token.chars().anyMatch(Character::isDigit) && token.chars().anyMatch(Character::isLetter)) {
                return Optional.of("a Bearer Authorization header value");
            }
        }
        return Optional.empty();
    }

    /** Cheap literal pre-check: every format this detector knows contains one of the markers. */
    public static boolean mayHoldCredential(String text) {
        return !markers(text, true).isEmpty();
    }

    /**
     * The markers that count only at a word boundary: every format that holds them starts with the marker right
     * after {@link #B}, so an occurrence inside a word cannot be part of a match, and the expressions would only
     * search the whole text in vain (generated files are full of "task-" and "disk-").
     */
    private static final java.util.Set<String> BOUNDED = bounded();

    private static java.util.Set<String> bounded() {
        java.util.Set<String> out = new java.util.HashSet<>(MARKERS);
        out.removeAll(List.of("://", "Basic", "Bearer"));
        for (Format f : FORMATS) {
            if (!f.bounded()) {
                f.markers().forEach(out::remove);
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** MARKERS by their first character (all are ASCII), so that one pass over a text finds every one. */
    private static final String[][] BY_FIRST = byFirst();

    private static String[][] byFirst() {
        String[][] out = new String[128][];
        for (int c = 0; c < 128; c++) {
            int ch = c;
            out[c] = MARKERS.stream().filter(m -> m.charAt(0) == ch).toArray(String[]::new);
        }
        return out;
    }

    /**
     * The markers that occur in {@code text}, in one pass (a generated file of megabytes was scanned once per
     * marker before); with {@code first}, stops at the first one. Index loops, no iterators: this runs per
     * character of every generated file, in code the JIT compiles without escape analysis.
     */
    private static java.util.Set<String> markers(String text, boolean first) {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                continue;
            }
            String[] candidates = BY_FIRST[c];
            for (int k = 0; k < candidates.length; k++) {
                if (text.startsWith(candidates[k], i) && (i == 0 || !wordChar(text.charAt(i - 1))
                        || !BOUNDED.contains(candidates[k])) && found.add(candidates[k]) && first) {
                    return found;
                }
            }
        }
        return found;
    }

    /** A character {@link #B} does not accept before a token: a letter, digit or underscore (ASCII). */
    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** A variable or parameter name that says it holds a secret ({@code DB_PASS}, {@code PASSPHRASE}, {@code API_KEY}). */
    public static boolean isSecretName(String name) {
        return name != null && SECRET_NAME.matcher(name.replace('-', '_')).find();
    }

    /** A name that says it holds a connection string ({@code DATABASE_URL}, {@code SENTRY_DSN}). */
    public static boolean isUrlName(String name) {
        return name != null && URL_NAME.matcher(name.replace('-', '_')).find();
    }

    /**
     * Whether the variable {@code name} = {@code value} holds a secret that must come from the store: a known
     * format, a connection string with a password, or any literal under a secret name — except references,
     * placeholders and a number or boolean under a configuration qualifier ({@code TOKEN_TTL: 3600}).
     */
    public static boolean isSecretVariable(String name, String value) {
        return secretVariableKind(name, value).isPresent();
    }

    /** As {@link #isSecretVariable}, saying why: "a Stripe key", "a password in a URL", "a secret-named literal". */
    public static Optional<String> secretVariableKind(String name, String value) {
        if (value == null || reference(value)) {
            return Optional.empty();
        }
        Optional<String> format = credentialKind(value);
        if (format.isPresent()) {
            return format;
        }
        if (isUrlName(name) && dsnPassword(value)) {
            return Optional.of("a password in a connection string");
        }
        if (isSecretName(name) && !configuration(name, value)) {
            return Optional.of("a literal in a secret-named variable");
        }
        return Optional.empty();
    }

    /** {@code secret:x}, {@code parameter:x} and {@code ${X}} name a value; they are not one. */
    public static boolean reference(String value) {
        String v = value.trim();
        return v.startsWith("secret:") || v.startsWith("parameter:") || v.startsWith("${") && v.endsWith("}");
    }

    /**
     * A literal that looks like a value rather than a placeholder: at least 6 characters without spaces that
     * mix letters and digits, or any 20 or more such characters. References ({@code secret:x}) and
     * placeholders ({@code ${X}}) are not values.
     */
    public static boolean looksLikeValue(String value) {
        String v = value.trim();
        if (v.isEmpty() || v.startsWith("secret:") || v.startsWith("parameter:") || v.startsWith("${")
                || v.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        boolean letter = v.chars().anyMatch(Character::isLetter);
        boolean digit = v.chars().anyMatch(Character::isDigit);
        return v.length() >= 6 && letter && digit || v.length() >= 20;
    }

    private static boolean configuration(String name, String value) {
        return CONFIG_QUALIFIER.matcher(name.replace('-', '_')).find()
                && PLAIN_NUMBER_OR_BOOL.matcher(value.trim()).matches();
    }

    private static boolean dsnPassword(String value) {
        if (value.contains("://")) {
            return false; // a URL: its password, if any, is a format
        }
        Matcher m = DSN_PASSWORD.matcher(value.trim());
        return m.find() && !placeholder(m.group(1));
    }

    private static boolean placeholder(String password) {
        return password.startsWith("${") || password.startsWith("{{") || password.startsWith("$(")
                || password.startsWith("<") || password.startsWith("%");
    }

    /** {@code Basic} followed by base64 of {@code user:password}; "Basic authentication" is prose. */
    private static boolean basicCredentials(String b64) {
        try {
            String decoded = new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && colon < decoded.length() - 1 && decoded.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
