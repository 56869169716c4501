package dev.forge.api;

import dev.forge.model.ReplicationSpec;
import dev.forge.model.StorageClass;

/** Builds a {@link ReplicationSpec}: cross-region replication of a bucket. */
public final class ReplicationBuilder extends SpecBuilder<ReplicationSpec, ReplicationBuilder> {

    ReplicationBuilder() {
        super(ReplicationSpec.class);
    }

    /** Region of the replica (required). */
    public ReplicationBuilder region(String region) {
        return set("region", region);
    }

    /** Storage class of the replicas (default STANDARD). */
    public ReplicationBuilder storageClass(StorageClass storageClass) {
        return set("storageClass", storageClass);
    }
}
