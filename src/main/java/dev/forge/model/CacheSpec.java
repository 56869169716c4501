package dev.forge.model;

import java.util.Map;

/** An in-memory cache. */
@Doc("An in-memory cache (ElastiCache Redis or Valkey), encrypted at rest and in transit.")
public record CacheSpec(
        @Doc("What the cache is for.") String description,
        @Default("redis") @Doc("Engine.") CacheEngine engine,
        @Default("7.1") @Format(regex = "^\\d{1,2}(?:\\.\\d{1,2})?$", hint = "a version such as 7.1")
        @Doc("Engine version.") String version,
        @Default("cache.t4g.micro") @Format(regex = "^cache\\.[a-z0-9]+\\.[a-z0-9]+$", hint = "a node type such as cache.t4g.micro")
        @Doc("Node type.") String node,
        @Default(value = "1", production = "2") @Range(min = 1, max = 6) @Doc("Nodes (a primary and replicas).") Integer nodes,
        @Default(value = "false", production = "true") @Doc("Automatic failover to a replica in another zone.") Boolean multiAz,
        @Default(value = "1d", production = "7d") @Range(min = 0, max = 3024000)
        @Doc("How long daily snapshots are kept (0-35d).") Duration snapshotRetention,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, CacheSpec> environments) {
}
