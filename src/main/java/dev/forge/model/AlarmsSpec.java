package dev.forge.model;

/** Alarm thresholds. */
@Doc("Alarm thresholds. Alarms go to the environment's alert targets.")
public record AlarmsSpec(
        @Default("true") @Doc("Whether alarms are created.") Boolean enabled,
        @Default("5") @Range(min = 1, max = 100000) @Doc("Function errors in 5 minutes that raise an alarm.") Integer errors,
        @Default("90") @Range(min = 1, max = 100) @Doc("Alarm when a function's p99 duration passes this share of its timeout.")
        Integer durationPercent,
        @Default("5") @Range(min = 1, max = 100000) @Doc("API 5xx responses in 5 minutes that raise an alarm.") Integer server5xx,
        @Default("3s") @Range(min = 0, max = 30, millis = true) @Doc("API p99 latency that raises an alarm.") Duration latency,
        @Default("80") @Range(min = 1, max = 100) @Doc("Service CPU use, in percent, that raises an alarm.") Integer cpu,
        @Default("80") @Range(min = 1, max = 100) @Doc("Service memory use, in percent, that raises an alarm.") Integer memory) {
}
