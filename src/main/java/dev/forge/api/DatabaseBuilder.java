package dev.forge.api;

import dev.forge.model.DatabaseEngine;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.Duration;
import dev.forge.model.Size;
import java.util.function.Consumer;

/** Builds a {@link DatabaseSpec}: a relational database (its password is generated, never written). */
public final class DatabaseBuilder extends SpecBuilder<DatabaseSpec, DatabaseBuilder> {

    DatabaseBuilder() {
        super(DatabaseSpec.class);
    }

    /** What the database holds. */
    public DatabaseBuilder description(String description) {
        return set("description", description);
    }

    /** Engine (default postgres). */
    public DatabaseBuilder engine(DatabaseEngine engine) {
        return set("engine", engine);
    }

    /** Engine version, e.g. 16 (the default) or 16.4. */
    public DatabaseBuilder version(String version) {
        return set("version", version);
    }

    /** Instance class (default db.t4g.micro). */
    public DatabaseBuilder instance(String instanceClass) {
        return set("instance", instanceClass);
    }

    /** Allocated storage, at least {@code 20Gi} (the default). */
    public DatabaseBuilder storage(String storage) {
        return parse("storage", storage, Size::parse);
    }

    /** Allocated storage. */
    public DatabaseBuilder storage(Size storage) {
        return set("storage", storage);
    }

    /** Storage autoscaling ceiling (no autoscaling when unset). */
    public DatabaseBuilder maxStorage(String storage) {
        return parse("maxStorage", storage, Size::parse);
    }

    /** Storage autoscaling ceiling. */
    public DatabaseBuilder maxStorage(Size storage) {
        return set("maxStorage", storage);
    }

    /** A standby in a second zone (default false; true in production). */
    public DatabaseBuilder multiAz(Boolean multiAz) {
        return set("multiAz", multiAz);
    }

    /** How long automated backups are kept, 0-35d (default 7d; 14d in production). */
    public DatabaseBuilder backupRetention(String retention) {
        return parse("backupRetention", retention, Duration::parse);
    }

    /** How long automated backups are kept. */
    public DatabaseBuilder backupRetention(Duration retention) {
        return set("backupRetention", retention);
    }

    /** Refuse to delete the database (default false; true in production). */
    public DatabaseBuilder deletionProtection(Boolean deletionProtection) {
        return set("deletionProtection", deletionProtection);
    }

    /** Name of the database created inside (default: the resource name with '-' as '_'). */
    public DatabaseBuilder name(String name) {
        return set("name", name);
    }

    /**
     * Also accept IAM authentication: each function, service or job using the database may connect with a token as
     * the database user named after it (default: false).
     */
    public DatabaseBuilder iamAuth(Boolean iamAuth) {
        return set("iamAuth", iamAuth);
    }

    /** Overrides fields in one environment. */
    public DatabaseBuilder override(String environment, Consumer<DatabaseBuilder> edit) {
        return overlay(environment, DatabaseBuilder::new, edit);
    }
}
