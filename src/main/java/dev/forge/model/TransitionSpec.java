package dev.forge.model;

/** A storage class transition. */
@Doc("A storage class transition.")
public record TransitionSpec(
        @Required @Range(min = 86400, max = 3153600000L) @Doc("Age at which objects move.") Duration after,
        @Required @Doc("Storage class they move to.") StorageClass storageClass) {
}
