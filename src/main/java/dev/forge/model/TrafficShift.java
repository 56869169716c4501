package dev.forge.model;

/**
 * How a function's {@code live} alias moves to a new version: at once, or in weighted steps through AWS CodeDeploy (the
 * names and steps of its predefined Lambda deployment configurations, CodeDeployDefault.Lambda*:
 * platform.aws.LambdaDeployments).
 */
public enum TrafficShift implements SpecEnum {
    /** Every request to the new version at once. */
    ALL_AT_ONCE("all-at-once", 100, 0),
    /** 10 % for 5 minutes, then the rest. */
    CANARY_10_5M("canary-10-5m", 10, 5),
    /** 10 % for 10 minutes, then the rest. */
    CANARY_10_10M("canary-10-10m", 10, 10),
    /** 10 % for 15 minutes, then the rest. */
    CANARY_10_15M("canary-10-15m", 10, 15),
    /** 10 % for 30 minutes, then the rest. */
    CANARY_10_30M("canary-10-30m", 10, 30),
    /** 10 % more every minute. */
    LINEAR_10_1M("linear-10-1m", 10, 1),
    /** 10 % more every 2 minutes. */
    LINEAR_10_2M("linear-10-2m", 10, 2),
    /** 10 % more every 3 minutes. */
    LINEAR_10_3M("linear-10-3m", 10, 3);

    private final String spelling;
    private final int percent;
    private final int minutes;

    TrafficShift(String spelling, int percent, int minutes) {
        this.spelling = spelling;
        this.percent = percent;
        this.minutes = minutes;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** Whether every step adds {@link #percent} (linear) rather than one step before the rest (canary). */
    public boolean linear() {
        return spelling.startsWith("linear-");
    }

    /** The share of the first step (and of each step, linear), in percent; 100 at once. */
    public int percent() {
        return percent;
    }

    /** Minutes between two steps. */
    public int minutes() {
        return minutes;
    }

    /** The new version's weights (percent) before it takes everything: none at once, {10} canary, {10..90} linear. */
    public java.util.List<Integer> steps() {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        if (this == ALL_AT_ONCE) {
            return out;
        }
        for (int w = percent; w < 100; w += percent) {
            out.add(w);
            if (!linear()) {
                break;
            }
        }
        return out;
    }
}
