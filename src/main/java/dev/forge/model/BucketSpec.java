package dev.forge.model;

import java.util.List;
import java.util.Map;

/** An object storage bucket. */
@Doc("An object storage bucket (S3). Public access is always blocked; only TLS requests are allowed.")
public record BucketSpec(
        @Doc("What the bucket holds.") String description,
        @Default("true") @Doc("Keep every version of every object.") Boolean versioning,
        @Default("managed") @Doc("Encryption at rest.") Encryption encryption,
        @Doc("Cross-origin access from browsers.") CorsSpec cors,
        @Doc("Lifecycle rules.") List<LifecycleRule> lifecycle,
        @Doc("Cross-region replication (`replication: eu-west-1` sets just the region).") ReplicationSpec replication,
        @Doc("A CDN (CloudFront) in front, reading through origin access control.") CdnSpec cdn,
        @Default(value = "false", production = "true")
        @Doc("Refuse to delete the bucket while it holds objects.") Boolean deletionProtection,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, BucketSpec> environments) {
}
