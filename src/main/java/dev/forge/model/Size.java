package dev.forge.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of memory or storage with a binary unit ({@code 512Mi}, {@code 1Gi}, {@code 20Gi}); a bare
 * whole number means mebibytes ({@code memory: 512}). Decimal units (MB, GB) are refused as ambiguous.
 */
public record Size(long mebibytes, String text) implements Comparable<Size> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(Ki|Mi|Gi|Ti)?");

    public static Size parse(String raw) {
        String s = raw.trim();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            Matcher decimal = Pattern.compile("(\\d+)\\s*([KMGT])B?", Pattern.CASE_INSENSITIVE).matcher(s);
            String fix = decimal.matches()
                    ? "Use a binary unit: '" + decimal.group(1) + decimal.group(2).toUpperCase(java.util.Locale.ROOT) + "i'."
                    : "Write a whole number with Ki, Mi, Gi or Ti, e.g. '512Mi' or '1Gi'.";
            throw new BadValueException("'" + dev.forge.util.Shown.value(raw) + "' is not a size", fix);
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "Mi" : m.group(2);
        long mib = switch (unit) {
            case "Ki" -> {
                if (n % 1024 != 0) {
                    throw new BadValueException("'" + dev.forge.util.Shown.value(raw) + "' is not a whole number of mebibytes",
                            "Use a multiple of 1024Ki, or write the size in Mi.");
                }
                yield n / 1024;
            }
            case "Gi" -> n * 1024;
            case "Ti" -> n * 1024 * 1024;
            default -> n;
        };
        return new Size(mib, m.group(2) == null ? s + "Mi" : s);
    }

    public static Size ofMebibytes(long mib) {
        return new Size(mib, mib + "Mi");
    }

    public long gibibytes() {
        return (mebibytes + 1023) / 1024;
    }

    @Override
    public int compareTo(Size o) {
        return Long.compare(mebibytes, o.mebibytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Size z && z.mebibytes == mebibytes;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(mebibytes);
    }

    @Override
    public String toString() {
        return text;
    }
}
