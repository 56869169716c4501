package dev.forge.api;

import dev.forge.model.CacheEngine;
import dev.forge.model.CacheSpec;
import dev.forge.model.Duration;
import java.util.function.Consumer;

/** Builds a {@link CacheSpec}: an in-memory cache, encrypted at rest and in transit. */
public final class CacheBuilder extends SpecBuilder<CacheSpec, CacheBuilder> {

    CacheBuilder() {
        super(CacheSpec.class);
    }

    /** What the cache is for. */
    public CacheBuilder description(String description) {
        return set("description", description);
    }

    /** Engine (default redis). */
    public CacheBuilder engine(CacheEngine engine) {
        return set("engine", engine);
    }

    /** Engine version (default 7.1). */
    public CacheBuilder version(String version) {
        return set("version", version);
    }

    /** Node type (default cache.t4g.micro). */
    public CacheBuilder node(String nodeType) {
        return set("node", nodeType);
    }

    /** Nodes: a primary and replicas (default 1; 2 in production). */
    public CacheBuilder nodes(Integer nodes) {
        return set("nodes", nodes);
    }

    /** Automatic failover to another zone (default false; true in production). */
    public CacheBuilder multiAz(Boolean multiAz) {
        return set("multiAz", multiAz);
    }

    /** How long daily snapshots are kept, 0-35d (default 1d; 7d in production). */
    public CacheBuilder snapshotRetention(String retention) {
        return parse("snapshotRetention", retention, Duration::parse);
    }

    /** How long daily snapshots are kept. */
    public CacheBuilder snapshotRetention(Duration retention) {
        return set("snapshotRetention", retention);
    }

    /** Overrides fields in one environment. */
    public CacheBuilder override(String environment, Consumer<CacheBuilder> edit) {
        return overlay(environment, CacheBuilder::new, edit);
    }
}
