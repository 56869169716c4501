package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import java.util.List;

/** {@code modules/dynamodb}: one on-demand table with keys, GSIs, TTL, PITR, encryption, streams and replicas. */
final class DynamoDbModule {

    static final String NAME = "dynamodb";

    private DynamoDbModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "A DynamoDB table, always on-demand (PAY_PER_REQUEST): partition and sort keys,"
                + " global secondary indexes, TTL, point-in-time recovery, server-side encryption (AWS-owned, AWS-managed"
                + " or a customer-managed KMS key the module creates with rotation), streams and global-table replicas.");
        Expr customer = op(var("encryption"), "==", str("customer-kms"));
        m.required("name", Types.STRING, "Name of the table.");
        m.required("hash_key", Types.STRING, "Partition key attribute.");
        m.optional("range_key", Types.STRING, "Sort key attribute (null for none).", nul());
        m.required("attributes", Types.list(Types.object("name", Types.STRING, "type", Types.STRING)),
                "Key attributes of the table and its indexes, with their types (S, N or B).",
                check(call("alltrue", Hcl.forList("a", var("attributes"),
                        call("contains", Hcl.strings(List.of("S", "N", "B")), ref("a.type")))), "attribute types are S, N or B."));
        m.optional("global_secondary_indexes", Types.list(Types.object("name", Types.STRING, "hash_key", Types.STRING,
                        "range_key", Types.optional(Types.STRING), "projection_type", Types.STRING,
                        "non_key_attributes", Types.optional(Types.STRINGS, list()))),
                "Global secondary indexes (projection_type ALL, KEYS_ONLY or INCLUDE).", list());
        m.optional("ttl_attribute", Types.STRING, "Attribute holding each item's expiry (epoch seconds); null for none.", nul());
        m.optional("stream_view_type", Types.STRING, "KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES; null for no stream.",
                nul());
        m.optional("replica_regions", Types.STRINGS, "Regions of global-table replicas (needs stream NEW_AND_OLD_IMAGES).", list(),
                check(op(op(call("length", var("replica_regions")), "==", num(0)), "||",
                        op(var("stream_view_type"), "==", str("NEW_AND_OLD_IMAGES"))),
                        "replica_regions need stream_view_type NEW_AND_OLD_IMAGES."));
        m.optional("encryption", Types.STRING, "managed (AWS-owned key), kms (AWS-managed key) or customer-kms (a new key).",
                str("kms"), check(call("contains", Hcl.strings(List.of("managed", "kms", "customer-kms")), var("encryption")),
                        "encryption must be managed, kms or customer-kms."));
        m.optional("point_in_time_recovery", Types.BOOL,
                "Continuous backups for 35 days (FORGE-DDB-002 requires them unless suppressed with a reason).", bool(true));
        m.optional("deletion_protection", Types.BOOL, "Refuse to delete the table.", bool(false));
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());

        m.resource("aws_kms_key", "this", b -> b
                .attr("count", cond(customer, num(1), num(0))).blank()
                .attr("description", tmpl("DynamoDB table ", var("name")))
                .attr("enable_key_rotation", true)
                .attr("deletion_window_in_days", 30)
                .attr("tags", var("tags")));
        m.resource("aws_dynamodb_table", "this", b -> b
                .attr("name", var("name"))
                .comment("On-demand capacity, always (FORGE rule: tables on-demand).")
                .attr("billing_mode", "PAY_PER_REQUEST")
                .attr("hash_key", var("hash_key"))
                .attr("range_key", var("range_key"))
                .attr("deletion_protection_enabled", var("deletion_protection"))
                .attr("stream_enabled", op(var("stream_view_type"), "!=", nul()))
                .attr("stream_view_type", var("stream_view_type"))
                .attr("tags", var("tags"))
                .dynamic("attribute", var("attributes"), c -> c
                        .attr("name", ref("attribute.value.name"))
                        .attr("type", ref("attribute.value.type")))
                .dynamic("global_secondary_index", var("global_secondary_indexes"), c -> c
                        .attr("name", ref("global_secondary_index.value.name"))
                        .attr("hash_key", ref("global_secondary_index.value.hash_key"))
                        .attr("range_key", ref("global_secondary_index.value.range_key"))
                        .attr("projection_type", ref("global_secondary_index.value.projection_type"))
                        .attr("non_key_attributes", cond(op(ref("global_secondary_index.value.projection_type"), "==",
                                str("INCLUDE")), ref("global_secondary_index.value.non_key_attributes"), nul())))
                .dynamic("ttl", cond(op(var("ttl_attribute"), "!=", nul()), list(num(1)), list()), c -> c
                        .attr("attribute_name", var("ttl_attribute"))
                        .attr("enabled", true))
                .comment("FORGE-DDB-002: point-in-time recovery (35 days); the spec's `pitr`, on by default.")
                .block("point_in_time_recovery", p -> p.attr("enabled", var("point_in_time_recovery")))
                .block("server_side_encryption", s -> s
                        .attr("enabled", op(var("encryption"), "!=", str("managed")))
                        .attr("kms_key_arn", call("one", ref("aws_kms_key.this[*].arn"))))
                .dynamic("replica", call("toset", var("replica_regions")), c -> c
                        .attr("region_name", ref("replica.value"))
                        .attr("point_in_time_recovery", var("point_in_time_recovery"))
                        .attr("propagate_tags", true)));
        m.output("table_name", "Name of the table.", ref("aws_dynamodb_table.this.name"));
        m.output("table_arn", "ARN of the table.", ref("aws_dynamodb_table.this.arn"));
        m.output("table_index_arns", "ARNs of the global secondary indexes, by index name.",
                Hcl.forMap(null, "i", var("global_secondary_indexes"), ref("i.name"),
                        tmpl(ref("aws_dynamodb_table.this.arn"), "/index/", ref("i.name")), null));
        m.output("table_stream_arn", "ARN of the table's stream (null without one).", ref("aws_dynamodb_table.this.stream_arn"));
        m.output("table_kms_key_arn", "ARN of the customer-managed key (null unless encryption is customer-kms).",
                call("one", ref("aws_kms_key.this[*].arn")));
        return m;
    }
}
