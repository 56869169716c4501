package dev.forge.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time written with a unit: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d}.
 * A bare number is refused: {@code timeout: 30} could be seconds or minutes.
 */
public record Duration(long millis, String text) implements Comparable<Duration> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    public static Duration parse(String raw) {
        String s = raw.trim();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            String fix = s.matches("\\d+") ? "Add a unit: '" + s + "s' for seconds, '" + s + "m' for minutes."
                    : "Write a whole number and one unit (ms, s, m, h, d), e.g. '30s' or '5m'.";
            throw new BadValueException("'" + dev.forge.util.Shown.value(raw) + "' is not a duration", fix);
        }
        long n = Long.parseLong(m.group(1));
        long unit = switch (m.group(2)) {
            case "ms" -> 1L;
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            default -> 86_400_000L;
        };
        return new Duration(n * unit, s);
    }

    public static Duration ofSeconds(long seconds) {
        return new Duration(seconds * 1000, seconds + "s");
    }

    public long seconds() {
        return millis / 1000;
    }

    /** Whole days, rounded up: log retention and backups count in days. */
    public long days() {
        return (millis + 86_399_999L) / 86_400_000L;
    }

    @Override
    public int compareTo(Duration o) {
        return Long.compare(millis, o.millis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Duration d && d.millis == millis;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(millis);
    }

    @Override
    public String toString() {
        return text;
    }
}
