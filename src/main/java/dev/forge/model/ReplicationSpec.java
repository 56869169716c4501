package dev.forge.model;

/** Cross-region replication. */
@Shorthand("region")
@Doc("Cross-region replication of a bucket into a replica bucket Forge creates.")
public record ReplicationSpec(
        @Required @Format(regex = Names.AWS_REGION, hint = Names.AWS_REGION_HINT) @Doc("Region of the replica.") String region,
        @Default("STANDARD") @Doc("Storage class of the replicas.") StorageClass storageClass) {
}
