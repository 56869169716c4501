package dev.forge.api;

import dev.forge.model.BucketSpec;
import dev.forge.model.Encryption;
import java.util.function.Consumer;

/** Builds a {@link BucketSpec}: an object storage bucket, never public. */
public final class BucketBuilder extends SpecBuilder<BucketSpec, BucketBuilder> {

    BucketBuilder() {
        super(BucketSpec.class);
    }

    /** What the bucket holds. */
    public BucketBuilder description(String description) {
        return set("description", description);
    }

    /** Keep every version of every object (default true). */
    public BucketBuilder versioning(Boolean versioning) {
        return set("versioning", versioning);
    }

    /** Encryption at rest (default managed). */
    public BucketBuilder encryption(Encryption encryption) {
        return set("encryption", encryption);
    }

    /** Adds origins allowed to call from browsers ({@code cors: { origins: [...] }}). */
    public BucketBuilder cors(String... origins) {
        return cors(c -> c.origins(origins));
    }

    /** Cross-origin access from browsers. */
    public BucketBuilder cors(Consumer<CorsBuilder> edit) {
        return nested("cors", CorsBuilder::new, edit);
    }

    /** Appends a lifecycle rule. */
    public BucketBuilder lifecycle(Consumer<LifecycleRuleBuilder> edit) {
        return append("lifecycle", LifecycleRuleBuilder::new, edit);
    }

    /** Replicates into a region, other fields at their defaults ({@code replication: eu-west-1}). */
    public BucketBuilder replication(String region) {
        return replication(r -> r.region(region));
    }

    /** Cross-region replication. */
    public BucketBuilder replication(Consumer<ReplicationBuilder> edit) {
        return nested("replication", ReplicationBuilder::new, edit);
    }

    /** A CDN in front, or not, other fields at their defaults ({@code cdn: true}). */
    public BucketBuilder cdn(Boolean enabled) {
        return cdn(c -> c.enabled(enabled));
    }

    /** A CDN in front of the bucket. */
    public BucketBuilder cdn(Consumer<CdnBuilder> edit) {
        return nested("cdn", CdnBuilder::new, edit);
    }

    /** Refuse to delete the bucket while it holds objects (default false; true in production). */
    public BucketBuilder deletionProtection(Boolean deletionProtection) {
        return set("deletionProtection", deletionProtection);
    }

    /** Overrides fields in one environment. */
    public BucketBuilder override(String environment, Consumer<BucketBuilder> edit) {
        return overlay(environment, BucketBuilder::new, edit);
    }
}
