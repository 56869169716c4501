package dev.forge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule as written in a spec, checked and translated for each platform: EventBridge's {@code cron(...)} (six
 * fields, one of day-of-month and day-of-week is {@code ?}, days of week 1-7 from Sunday) and {@code rate(...)},
 * and the five-field cron of Kubernetes, Cloud Scheduler and Container Apps (days of week 0-7, Sunday 0 or 7).
 *
 * @param aws the EventBridge Scheduler expression
 * @param fiveField the five-field cron form, empty for a rate or an EventBridge cron that has no such form
 */
public record Schedule(String aws, Optional<String> fiveField) {

    private static final Pattern AWS_CRON = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern RATE = Pattern.compile("rate\\((\\d{1,6}) (minute|minutes|hour|hours|day|days)\\)");
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

    /** A schedule that cannot be read: what is wrong, in words a user can act on. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads {@code cron(...)}, {@code rate(...)} or a five-field cron. */
    public static Schedule parse(String written) throws Invalid {
        String s = written.trim();
        Matcher rate = RATE.matcher(s);
        if (rate.matches()) {
            long n = Long.parseLong(rate.group(1));
            String unit = rate.group(2);
            if (n == 0) {
                throw new Invalid("a rate of 0 " + unit + " never runs");
            }
            if (n == 1 != !unit.endsWith("s")) {
                throw new Invalid("write 'rate(1 " + unit.replaceAll("s$", "") + ")' for one and 'rate(" + n + " "
                        + (unit.endsWith("s") ? unit : unit + "s") + ")' for more");
            }
            return new Schedule(s, Optional.empty());
        }
        if (s.startsWith("rate(")) {
            throw new Invalid("a rate is 'rate(N minutes|hours|days)', e.g. 'rate(5 minutes)'");
        }
        Matcher cron = AWS_CRON.matcher(s);
        if (cron.matches()) {
            String[] f = cron.group(1).trim().split("\\s+");
            if (f.length != 6) {
                throw new Invalid("cron(...) has six fields (minutes hours day-of-month month day-of-week year), not "
                        + f.length);
            }
            check(f[0], 0, 59, null, "minutes", false);
            check(f[1], 0, 23, null, "hours", false);
            check(f[2], 1, 31, null, "day-of-month", true);
            check(f[3], 1, 12, MONTHS, "month", false);
            check(f[4], 1, 7, DAYS, "day-of-week", true);
            check(f[5], 1970, 2199, null, "year", false);
            if (f[2].equals("?") == f[4].equals("?")) {
                throw new Invalid("in cron(...) exactly one of day-of-month and day-of-week is '?' (e.g. 'cron(0 3 * * ? *)')");
            }
            return new Schedule("cron(" + String.join(" ", f) + ")", Optional.ofNullable(toFive(f)));
        }
        String[] f = s.split("\\s+");
        if (f.length != 5) {
            throw new Invalid("a schedule is 'cron(...)' or 'rate(...)' (EventBridge) or five cron fields (minute hour"
                    + " day-of-month month day-of-week), e.g. '0 3 * * *'");
        }
        check(f[0], 0, 59, null, "minute", false);
        check(f[1], 0, 23, null, "hour", false);
        check(f[2], 1, 31, null, "day-of-month", false);
        check(f[3], 1, 12, MONTHS, "month", false);
        check(f[4], 0, 7, DAYS, "day-of-week", false);
        boolean anyDay = f[2].equals("*");
        boolean anyWeekday = f[4].equals("*");
        if (!anyDay && !anyWeekday) {
            throw new Invalid("a schedule with both a day of month and a day of week runs on either in cron but is not"
                    + " expressible on every platform; keep one of them '*'");
        }
        String dow = anyWeekday ? "?" : shiftDays(f[4]);
        String dom = anyWeekday ? f[2] : "?";
        return new Schedule("cron(" + f[0] + " " + f[1] + " " + dom + " " + f[3] + " " + dow + " *)", Optional.of(String.join(" ", f)));
    }

    /** The five-field form of an EventBridge cron, when it has one (no year, no L/W/#, days shifted back). */
    private static String toFive(String[] f) {
        // L, W and # have no five-field form; month and day names (JUL, WED) may hold the same letters
        if (!f[5].equals("*") || f[2].matches(".*[LWlw].*") || f[4].matches(".*(#|\\dL|^L$).*")) {
            return null;
        }
        String dom = f[2].equals("?") ? "*" : f[2];
        String dow = f[4].equals("?") ? "*" : unshiftDays(f[4]);
        return dow == null ? null : f[0] + " " + f[1] + " " + dom + " " + f[3] + " " + dow;
    }

    /**
     * Five-field days of week (0-7, Sunday 0 or 7) to EventBridge's (1-7, Sunday 1). Names stay names; a step
     * stays as written (it counts from the range's start either way); a range ending on Sunday (7) wraps.
     */
    private static String shiftDays(String field) {
        List<String> out = new ArrayList<>();
        for (String part : field.split(",", -1)) {
            int slash = part.indexOf('/');
            String range = slash < 0 ? part : part.substring(0, slash);
            String step = slash < 0 ? "" : part.substring(slash);
            if (range.matches("\\d+")) {
                out.add(Integer.parseInt(range) % 7 + 1 + step);
            } else if (range.matches("\\d+-\\d+")) {
                int a = Integer.parseInt(range.substring(0, range.indexOf('-')));
                int b = Integer.parseInt(range.substring(range.indexOf('-') + 1));
                int by = step.isEmpty() ? 1 : Integer.parseInt(step.substring(1));
                if (b < 7) {
                    out.add((a + 1) + "-" + (b + 1) + step);
                } else if (a == 0) {
                    out.add("1-7" + step); // 0-7 names Sunday twice
                } else {
                    out.add((a + 1) + "-7" + step);
                    if ((7 - a) % by == 0) {
                        out.add("1"); // the range's Sunday (7) is EventBridge's 1
                    }
                }
            } else {
                out.add(part); // *, names, or a name range
            }
        }
        return String.join(",", out);
    }

    private static String unshiftDays(String field) {
        if (field.contains("/")) {
            return null; // a step counts from another origin: no faithful translation
        }
        StringBuilder out = new StringBuilder();
        Matcher m = DIGITS.matcher(field);
        int last = 0;
        while (m.find()) {
            out.append(field, last, m.start()).append(Integer.parseInt(m.group()) - 1);
            last = m.end();
        }
        return out.append(field.substring(last)).toString();
    }

    /** One field: *, ?, numbers or names in range, lists, ranges and steps; L, W and # where EventBridge allows them. */
    private static void check(String field, int min, int max, String[] names, String what, boolean aws) throws Invalid {
        if (field.equals("*") || aws && field.equals("?") && (what.equals("day-of-month") || what.equals("day-of-week"))) {
            return;
        }
        if (aws && what.equals("day-of-month") && field.matches("L|\\d{1,2}W|LW")) {
            return;
        }
        if (aws && what.equals("day-of-week") && field.matches("[1-7]L|[1-7]#[1-5]|L")) {
            return;
        }
        for (String part : field.split(",", -1)) {
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                String step = part.substring(slash + 1);
                if (!step.matches("\\d{1,4}") || Integer.parseInt(step) == 0) {
                    throw new Invalid(what + " '" + field + "': the step after '/' is a number from 1");
                }
                range = part.substring(0, slash);
                if (range.equals("*")) {
                    continue;
                }
            }
            List<Integer> ends = new ArrayList<>();
            for (String end : range.split("-", -1)) {
                ends.add(value(end, min, max, names, what, field));
            }
            if (ends.size() > 2 || ends.size() == 2 && ends.get(0) > ends.get(1)) {
                throw new Invalid(what + " '" + field + "' is not a range from low to high");
            }
        }
    }

    private static int value(String token, int min, int max, String[] names, String what, String field) throws Invalid {
        if (names != null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(token.toUpperCase(Locale.ROOT))) {
                    return i + min;
                }
            }
        }
        if (!token.matches("\\d{1,4}")) {
            throw new Invalid(what + " '" + field + "': '" + token + "' is not " + (names == null ? "a number"
                    : "a number or a name such as " + names[0]) + " from " + min + " to " + max);
        }
        int v = Integer.parseInt(token);
        if (v < min || v > max) {
            throw new Invalid(what + " '" + field + "': " + v + " is outside " + min + "-" + max);
        }
        return v;
    }
}
