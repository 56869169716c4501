package dev.forge.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CPU as cores ({@code 0.25}, {@code 1}, {@code 2}) or millicores ({@code 250m}); kept in millicores. */
public record Cpu(long millicores) implements Comparable<Cpu> {

    private static final Pattern CORES = Pattern.compile("(\\d{1,3})(?:\\.(\\d{1,3}))?");
    private static final Pattern MILLI = Pattern.compile("(\\d{1,6})m");

    public static Cpu parse(String raw) {
        String s = raw.trim();
        Matcher milli = MILLI.matcher(s);
        if (milli.matches()) {
            return new Cpu(Long.parseLong(milli.group(1)));
        }
        Matcher cores = CORES.matcher(s);
        if (cores.matches()) {
            String frac = cores.group(2) == null ? "" : cores.group(2);
            long m = Long.parseLong(cores.group(1)) * 1000 + (frac.isEmpty() ? 0 : Long.parseLong((frac + "00").substring(0, 3)));
            return new Cpu(m);
        }
        throw new BadValueException("'" + dev.forge.util.Shown.value(raw) + "' is not a CPU amount",
                "Write cores (0.25, 0.5, 1, 2) or millicores (250m).");
    }

    /** Kubernetes form: {@code 250m} or whole cores {@code 1}. */
    @Override
    public String toString() {
        return millicores % 1000 == 0 ? Long.toString(millicores / 1000) : millicores + "m";
    }

    @Override
    public int compareTo(Cpu o) {
        return Long.compare(millicores, o.millicores);
    }
}
