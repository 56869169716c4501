package dev.forge.model;

import java.util.List;
import java.util.Map;

/** A key-value table. */
@Doc("A key-value table (DynamoDB). Capacity is always on-demand (PAY_PER_REQUEST).")
public record TableSpec(
        @Doc("What the table holds.") String description,
        @Required @Example("{ partition: tenant_id, sort: site_id }") @Doc("Primary key (`key: id` sets just the partition key).")
        KeySpec key,
        @KeyFormat(regex = "^[A-Za-z_][A-Za-z0-9_.-]{0,254}$", hint = "an attribute name (letters, digits, _ . -)")
        @Example("{ created_at: number }") @Doc("Types of key attributes; an attribute not listed is a string.")
        Map<String, AttributeType> attributes,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Global secondary indexes.") Map<String, IndexSpec> indexes,
        @Format(regex = "^[A-Za-z_][A-Za-z0-9_.-]{0,254}$", hint = "an attribute name")
        @Doc("Attribute holding each item's expiry time (epoch seconds); no expiry when absent.") String ttl,
        @Default("true") @Doc("Point-in-time recovery (35 days of continuous backups).") Boolean pitr,
        @Default("none") @Doc("Change stream.") StreamView stream,
        @Format(regex = Names.AWS_REGION, hint = Names.AWS_REGION_HINT) @Example("[eu-west-1]")
        @Doc("Regions holding global-table replicas.") List<String> replicas,
        @Default("kms") @Doc("Encryption at rest.") Encryption encryption,
        @Default(value = "false", production = "true") @Doc("Refuse to delete the table.") Boolean deletionProtection,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, TableSpec> environments) {
}
