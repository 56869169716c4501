package dev.forge.util;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks known secret values in text about to be printed (a report, a message, a quoted spec line): each
 * occurrence, standing on its own, becomes {@code sk_l… (32 chars)}. Also masks, in quoted YAML, the value of any
 * key named like a secret ({@code DB_PASSWORD: hunter}) whatever its length.
 */
public final class Redactor {

    /** Shorter values are masked only as the value of a secret-named key: "1" must not mask every 1. */
    public static final int MIN_CHARS = 4;

    public static final Redactor NONE = new Redactor(Set.of(), name -> false);

    private static final Pattern KEY_VALUE = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_-]*)([\"']?\\s*:[ \\t]+)(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^,{}\\[\\]#\\s][^,}\\]#]*)");

    private final List<Pattern> patterns = new ArrayList<>();
    private final List<String> masks = new ArrayList<>();
    private final java.util.function.Predicate<String> secretName;

    /**
     * @param secrets the values to mask wherever they stand alone
     * @param secretName which YAML keys hold secrets by their name
     */
    public Redactor(Set<String> secrets, java.util.function.Predicate<String> secretName) {
        this.secretName = secretName;
        secrets.stream().filter(v -> v.length() >= MIN_CHARS).sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).forEach(v -> {
                    for (String form : forms(v)) {
                        patterns.add(Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(form) + "(?![A-Za-z0-9_-])"));
                        masks.add(Matcher.quoteReplacement(Shown.secret(v)));
                    }
                });
    }

    /** The value as written raw, inside a JSON string and inside XML. */
    private static Set<String> forms(String v) {
        String json = Json.write(v).trim();
        String xml = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
        return new java.util.LinkedHashSet<>(List.of(v, json.substring(1, json.length() - 1), xml));
    }

    /** {@code text} with every known secret masked. */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (int i = 0; i < patterns.size(); i++) {
            out = patterns.get(i).matcher(out).replaceAll(masks.get(i));
        }
        return out;
    }

    /** A quoted line of YAML: known secrets masked, and the value of every secret-named key. */
    public String line(String yaml) {
        Matcher m = KEY_VALUE.matcher(apply(yaml));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = m.group(3).strip();
            String bare = value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))
                    ? value.substring(1, value.length() - 1) : value;
            boolean keep = bare.isEmpty() || bare.startsWith("secret:") || bare.startsWith("parameter:")
                    || value.contains("… (");
            String replacement = secretName.test(m.group(1)) && !keep
                    ? m.group(1) + m.group(2) + Shown.secret(bare) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
