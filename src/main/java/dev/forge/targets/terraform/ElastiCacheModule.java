package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.index;
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

/**
 * {@code modules/elasticache}: a Redis or Valkey replication group, encrypted at rest and in transit, whose clients
 * authenticate with IAM (an RBAC user with {@code authentication_mode = iam}; the default user is disabled). No
 * password or auth token exists, so none can reach a variable, a file or the state: provider 6.25's
 * {@code auth_token} is stored in state and it has no write-only {@code auth_token_wo} (docs/targets/terraform-aws.md).
 */
final class ElastiCacheModule {

    static final String NAME = "elasticache";

    private ElastiCacheModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "An ElastiCache replication group (Redis OSS or Valkey, 7 or later) in isolated"
                + " subnets: encrypted at rest with a customer-managed KMS key and in transit (TLS required), clients"
                + " authenticated with IAM through an RBAC user (the default user disabled, so there is no password or"
                + " auth token to keep out of state), automatic failover and multi-AZ when asked, daily snapshots kept"
                + " `snapshot_retention_limit` days, and a parameter group of its own.");
        variables(m);
        Expr major = call("tonumber", index(call("split", str("."), var("engine_version")), num(0)));
        m.locals(l -> l
                .attr("family", tmpl(var("engine"), major)));
        m.resource("aws_kms_key", "this", b -> b
                .attr("description", tmpl("ElastiCache ", var("replication_group_id"), ": data at rest and snapshots"))
                .attr("enable_key_rotation", true)
                .attr("deletion_window_in_days", 30)
                .attr("tags", var("tags")));
        m.resource("aws_elasticache_subnet_group", "this", b -> b
                .attr("name", var("replication_group_id"))
                .attr("description", tmpl("Isolated data subnets of ", var("replication_group_id")))
                .attr("subnet_ids", var("subnet_ids"))
                .attr("tags", var("tags")));
        m.resource("aws_elasticache_parameter_group", "this", b -> b
                .attr("name", var("replication_group_id"))
                .attr("family", ref("local.family"))
                .attr("description", tmpl("Parameters of ", var("replication_group_id")))
                .attr("tags", var("tags"))
                .block("parameter", p -> p.attr("name", "maxmemory-policy").attr("value", var("maxmemory_policy")))
                .block("lifecycle", lc -> lc.attr("create_before_destroy", true)));
        users(m);
        group(m);
        m.output("primary_endpoint_address", "Host name of the primary (reads and writes; TLS).",
                ref("aws_elasticache_replication_group.this.primary_endpoint_address"));
        m.output("reader_endpoint_address", "Host name spreading reads over the replicas (TLS).",
                ref("aws_elasticache_replication_group.this.reader_endpoint_address"));
        m.output("port", "Port of the cache.", ref("aws_elasticache_replication_group.this.port"));
        m.output("replication_group_id", "ID of the replication group.", ref("aws_elasticache_replication_group.this.id"));
        m.output("replication_group_arn", "ARN of the replication group (elasticache:Connect names it).",
                ref("aws_elasticache_replication_group.this.arn"));
        m.output("user_name", "User name clients authenticate as, with an IAM token (user ID = user name).",
                ref("aws_elasticache_user.app.user_name"));
        m.output("user_arn", "ARN of that user (elasticache:Connect names it too).", ref("aws_elasticache_user.app.arn"));
        m.output("auth_token_secret_arn", "ARN of a secret holding an auth token: always null, clients authenticate with"
                + " IAM (no token exists).", nul());
        m.output("kms_key_arn", "ARN of the key encrypting the data at rest.", ref("aws_kms_key.this.arn"));
        return m;
    }

    private static void users(TfModule m) {
        m.resource("aws_elasticache_user", "default", b -> b
                .comment("Every user group must hold a user named `default`: this one is switched off, so no connection")
                .comment("is ever accepted without an IAM token.")
                .attr("user_id", tmpl(var("replication_group_id"), "-default"))
                .attr("user_name", "default")
                .attr("engine", var("engine"))
                .attr("access_string", "off -@all")
                .block("authentication_mode", a -> a.attr("type", "no-password-required"))
                .attr("tags", var("tags")));
        m.resource("aws_elasticache_user", "app", b -> b
                .comment("Clients sign an IAM token for this user (elasticache:Connect): no password exists, and an")
                .comment("auth_token would be kept in state (FORGE-EC-004).")
                .attr("user_id", tmpl(var("replication_group_id"), "-app"))
                .attr("user_name", tmpl(var("replication_group_id"), "-app"))
                .attr("engine", var("engine"))
                .attr("access_string", var("access_string"))
                .block("authentication_mode", a -> a.attr("type", "iam"))
                .attr("tags", var("tags")));
        m.resource("aws_elasticache_user_group", "this", b -> b
                .attr("user_group_id", var("replication_group_id"))
                .attr("engine", var("engine"))
                .attr("user_ids", list(ref("aws_elasticache_user.default.user_id"), ref("aws_elasticache_user.app.user_id")))
                .attr("tags", var("tags")));
    }

    private static void group(TfModule m) {
        m.resource("aws_elasticache_replication_group", "this", b -> b
                .attr("replication_group_id", var("replication_group_id"))
                .attr("description", var("description"))
                .attr("engine", var("engine"))
                .attr("engine_version", var("engine_version"))
                .attr("auto_minor_version_upgrade", true)
                .attr("node_type", var("node_type"))
                .attr("num_cache_clusters", var("num_cache_clusters"))
                .attr("port", 6379)
                .attr("parameter_group_name", ref("aws_elasticache_parameter_group.this.name"))
                .attr("subnet_group_name", ref("aws_elasticache_subnet_group.this.name"))
                .attr("security_group_ids", var("security_group_ids")).blank()
                .comment("Encrypted at rest with the group's own key and in transit, TLS required (FORGE-EC-001).")
                .attr("at_rest_encryption_enabled", true)
                .attr("kms_key_id", ref("aws_kms_key.this.arn"))
                .attr("transit_encryption_enabled", true)
                .attr("transit_encryption_mode", "required")
                .comment("Only the user group's IAM user may connect (FORGE-EC-004).")
                .attr("user_group_ids", list(ref("aws_elasticache_user_group.this.user_group_id"))).blank()
                .comment("Failover to a replica in another zone (FORGE-EC-002), daily snapshots (FORGE-EC-003).")
                .attr("automatic_failover_enabled", var("multi_az"))
                .attr("multi_az_enabled", var("multi_az"))
                .attr("snapshot_retention_limit", var("snapshot_retention_limit"))
                .attr("final_snapshot_identifier", Hcl.cond(var("final_snapshot"), tmpl(var("replication_group_id"), "-final"), nul()))
                .attr("apply_immediately", false)
                .attr("tags", var("tags")));
    }

    private static void variables(TfModule m) {
        m.required("replication_group_id", Types.STRING, "ID of the replication group (also names its users, subnet,"
                + " parameter and user groups).",
                check(call("can", call("regex", str("^[a-z][a-z0-9-]{0,39}$"), var("replication_group_id"))),
                        "replication_group_id must be 1-40 lowercase letters, digits and '-', starting with a letter."));
        m.required("description", Types.STRING, "What the cache is for.");
        m.optional("engine", Types.STRING, "redis (Redis OSS) or valkey.", str("redis"),
                check(call("contains", Hcl.strings(List.of("redis", "valkey")), var("engine")), "engine must be redis or valkey."));
        m.required("engine_version", Types.STRING, "Engine version (7.0 or later: IAM authentication needs it).",
                check(op(call("can", call("regex", str("^[0-9]+\\.[0-9]+$"), var("engine_version"))), "&&",
                        op(call("try", call("tonumber", index(call("split", str("."), var("engine_version")), num(0))), num(0)), ">=", num(7))),
                        "engine_version must be major.minor, 7.0 or later (IAM authentication needs Redis OSS 7 or Valkey 7.2)."));
        m.required("node_type", Types.STRING, "Node type, e.g. cache.t4g.micro.");
        m.optional("num_cache_clusters", Types.NUMBER, "Nodes: a primary and replicas (1-6).", num(1),
                check(op(op(var("num_cache_clusters"), ">=", num(1)), "&&", op(var("num_cache_clusters"), "<=", num(6))),
                        "num_cache_clusters must be 1-6."));
        m.optional("multi_az", Types.BOOL, "Automatic failover to a replica in another zone (needs 2 nodes or more).",
                bool(false), check(op(Hcl.not(var("multi_az")), "||", op(var("num_cache_clusters"), ">=", num(2))),
                        "multi_az needs num_cache_clusters of 2 or more (a replica to fail over to)."));
        m.optional("snapshot_retention_limit", Types.NUMBER, "Days daily snapshots are kept (0-35).", num(1),
                check(op(op(var("snapshot_retention_limit"), ">=", num(0)), "&&", op(var("snapshot_retention_limit"), "<=", num(35))),
                        "snapshot_retention_limit must be 0-35 days."));
        m.optional("final_snapshot", Types.BOOL, "Take a final snapshot (<id>-final) when the group is deleted.", bool(false));
        m.optional("maxmemory_policy", Types.STRING, "Eviction policy when memory is full (noeviction for queues such as"
                + " BullMQ, which must not lose keys).", str("volatile-lru"));
        m.optional("access_string", Types.STRING, "Redis ACL of the IAM-authenticated user.", str("on ~* +@all"));
        m.required("subnet_ids", Types.STRINGS, "Isolated data subnets (no route to the internet).");
        m.required("security_group_ids", Types.STRINGS, "Security groups of the cache (ingress only from its users).");
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
    }
}
