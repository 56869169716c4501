package dev.forge.model;

/** How a service's health is checked. */
@Shorthand("path")
@Doc("How a service's health is checked over HTTP (`health: /healthz` sets just the path).")
public record HealthSpec(
        @Default("/health") @Format(regex = "^/[^\\s]*$", hint = "a path starting with '/'")
        @Doc("Path answering 200 when the service is healthy.") String path,
        @Default("30s") @Range(min = 5, max = 300) @Doc("Time between checks (5s-300s).") Duration interval,
        @Default("5s") @Range(min = 2, max = 120) @Doc("Time a check may take (2s-120s).") Duration timeout,
        @Default("2") @Range(min = 2, max = 10) @Doc("Passing checks before the service counts as healthy.") Integer healthyThreshold,
        @Default("3") @Range(min = 2, max = 10) @Doc("Failing checks before the service counts as unhealthy.") Integer unhealthyThreshold,
        @Default("10s") @Range(min = 0, max = 600) @Doc("Time after start before the first check.") Duration initialDelay) {
}
