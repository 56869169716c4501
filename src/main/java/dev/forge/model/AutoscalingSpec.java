package dev.forge.model;

/** Horizontal autoscaling of a service. */
@Doc("Horizontal autoscaling of a service on CPU and memory use.")
public record AutoscalingSpec(
        @Required @Range(min = 1, max = 1000) @Doc("Fewest replicas.") Integer min,
        @Required @Range(min = 1, max = 1000) @Doc("Most replicas.") Integer max,
        @Default("70") @Range(min = 1, max = 100) @Doc("Target average CPU use, in percent.") Integer cpu,
        @Range(min = 1, max = 100) @Doc("Target average memory use, in percent (no memory scaling when absent).") Integer memory,
        @Range(min = 1, max = 100000)
        @Doc("Target requests per replica per minute through the load balancer in front (no request scaling when absent"
                + " or when no load balancer routes to the service).") Integer requests) {
}
