package dev.forge.model;

import java.util.Map;

/** Alarms, dashboards and logs. */
@Doc("Alarms, dashboards and log retention for the whole app.")
public record MonitoringSpec(
        @Default("true") @Doc("A dashboard of the app's main metrics.") Boolean dashboard,
        @Default(value = "30d", production = "90d") @Range(min = 86400, max = 315532800)
        @Doc("How long logs are kept (rounded up to a retention the cloud offers).") Duration logRetention,
        @Default("{}") @Doc("Alarm thresholds.") AlarmsSpec alarms,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, MonitoringSpec> environments) {
}
