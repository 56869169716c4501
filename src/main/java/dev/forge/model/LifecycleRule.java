package dev.forge.model;

/** One lifecycle rule of a bucket. */
@Doc("One lifecycle rule of a bucket.")
public record LifecycleRule(
        @Default("") @Doc("Key prefix the rule applies to (all objects when empty).") String prefix,
        @Range(min = 86400, max = 3153600000L) @Doc("Delete current objects this long after creation.") Duration expireAfter,
        @Range(min = 86400, max = 3153600000L) @Doc("Delete old versions this long after they are replaced.")
        Duration noncurrentExpireAfter,
        @Doc("Move objects to a cheaper storage class after a while.") TransitionSpec transition,
        @Default("7d") @Range(min = 86400, max = 3153600000L)
        @Doc("Abort unfinished multipart uploads after this long.") Duration abortUploadsAfter) {
}
