package dev.forge.api;

import dev.forge.model.AttributeType;
import dev.forge.model.Encryption;
import dev.forge.model.StreamView;
import dev.forge.model.TableSpec;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/** Builds a {@link TableSpec}: a key-value table (DynamoDB, always on-demand). */
public final class TableBuilder extends SpecBuilder<TableSpec, TableBuilder> {

    TableBuilder() {
        super(TableSpec.class);
    }

    /** What the table holds. */
    public TableBuilder description(String description) {
        return set("description", description);
    }

    /** Primary key with a partition attribute only ({@code key: id}). */
    public TableBuilder key(String partition) {
        return key(k -> k.partition(partition));
    }

    /** Primary key with a partition and a sort attribute. */
    public TableBuilder key(String partition, String sort) {
        return key(k -> k.partition(partition).sort(sort));
    }

    /** Primary key (required). */
    public TableBuilder key(Consumer<KeyBuilder> edit) {
        return nested("key", KeyBuilder::new, edit);
    }

    /** Declares the type of a key attribute (unlisted attributes are strings). */
    public TableBuilder attribute(String name, AttributeType type) {
        return put("attributes", name, type);
    }

    /** Declares the types of key attributes. */
    public TableBuilder attributes(Map<String, AttributeType> attributes) {
        return putAll("attributes", attributes);
    }

    /** Adds (or edits) a global secondary index. */
    public TableBuilder index(String name, Consumer<IndexBuilder> edit) {
        return entry("indexes", name, IndexBuilder::new, edit);
    }

    /** Attribute holding each item's expiry time (no expiry when unset). */
    public TableBuilder ttl(String attribute) {
        return set("ttl", attribute);
    }

    /** Point-in-time recovery (default true). */
    public TableBuilder pitr(Boolean pitr) {
        return set("pitr", pitr);
    }

    /** Change stream (default none). */
    public TableBuilder stream(StreamView stream) {
        return set("stream", stream);
    }

    /** Adds regions holding global-table replicas. */
    public TableBuilder replicas(String... regions) {
        return add("replicas", regions == null ? null : Arrays.asList(regions));
    }

    /** Encryption at rest (default kms). */
    public TableBuilder encryption(Encryption encryption) {
        return set("encryption", encryption);
    }

    /** Refuse to delete the table (default false; true in production). */
    public TableBuilder deletionProtection(Boolean deletionProtection) {
        return set("deletionProtection", deletionProtection);
    }

    /** Overrides fields in one environment. */
    public TableBuilder override(String environment, Consumer<TableBuilder> edit) {
        return overlay(environment, TableBuilder::new, edit);
    }
}
