package dev.forge.bind;

import java.util.regex.Pattern;

/**
 * Recognises secret values written into a spec: well-known credential formats anywhere, and
 * value-looking literals in variables named like a key, password or token.
 */
public final class SecretScanner {

    /** AWS access keys, OpenAI/Anthropic keys, GitHub and Slack tokens, Stripe keys, PEM private keys, JWTs. */
    private static final Pattern KNOWN = Pattern.compile(
            "(?:^|[^A-Za-z0-9])(?:(?:AKIA|ASIA)[0-9A-Z]{16}|sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}|gh[pousr]_[A-Za-z0-9]{30,}"
                    + "|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}|-----BEGIN [A-Z ]*PRIVATE KEY-----"
                    + "|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"
                    + "|eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})");

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(?:^|_)(?:SECRET|PASSWORD|PASSWD|PWD|TOKEN|APIKEY|API_KEY|PRIVATE_KEY|ACCESS_KEY|CREDENTIALS?|AUTH_KEY"
                    + "|SIGNING_KEY|CLIENT_SECRET)(?:_|$)|(?i)_KEY$");

    private SecretScanner() {
    }

    /** A well-known credential format, wherever it is written. */
    public static boolean isKnownCredential(String value) {
        return KNOWN.matcher(value).find();
    }

    /** A variable or parameter name that says it holds a secret. */
    public static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name).find();
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
}
