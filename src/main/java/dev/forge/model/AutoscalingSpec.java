package dev.forge.model;

/** Horizontal autoscaling of a service. */
@Doc("Horizontal autoscaling of a service on CPU and memory use.")
public record AutoscalingSpec(
        @Required @Range(min = 1, max = 1000) @Doc("Fewest replicas.") Integer min,
        @Required @Range(min = 1, max = 1000) @Doc("Most replicas.") Integer max,
        @Default("70") @Range(min = 1, max = 100) @Doc("Target average CPU use, in percent.") Integer cpu,
        @Range(min = 1, max = 100) @Doc("Target average memory use, in percent (no memory scaling when absent).") Integer memory) {
}
