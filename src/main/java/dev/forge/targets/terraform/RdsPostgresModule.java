package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;
import java.util.List;

/**
 * {@code modules/rds_postgres}: an RDS PostgreSQL instance in isolated subnets, its master password created and
 * rotated by RDS in Secrets Manager (never an input, never in state), encrypted with a key of its own, TLS forced.
 */
final class RdsPostgresModule {

    static final String NAME = "rds_postgres";
    static final List<String> LOG_EXPORTS = List.of("postgresql", "upgrade");

    private RdsPostgresModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "An RDS PostgreSQL instance in isolated subnets: TLS forced by its parameter"
                + " group, storage, Performance Insights and the master credentials encrypted with a customer-managed KMS"
                + " key, the master password generated and rotated by RDS in Secrets Manager (`manage_master_user_password`:"
                + " no password in any variable, file or state), storage autoscaling, backups, enhanced monitoring, log"
                + " exports to log groups with retention, and deletion protection with a final snapshot where asked.");
        variables(m);
        m.resource("aws_kms_key", "this", b -> b
                .attr("description", tmpl("RDS PostgreSQL ", var("identifier"), ": storage, Performance Insights and master"
                        + " credentials"))
                .attr("enable_key_rotation", true)
                .attr("deletion_window_in_days", 30)
                .attr("tags", var("tags")));
        m.resource("aws_kms_alias", "this", b -> b
                .attr("name", tmpl("alias/rds/", var("identifier")))
                .attr("target_key_id", ref("aws_kms_key.this.key_id")));
        m.resource("aws_db_subnet_group", "this", b -> b
                .attr("name", var("identifier"))
                .attr("description", tmpl("Isolated data subnets of ", var("identifier")))
                .attr("subnet_ids", var("subnet_ids"))
                .attr("tags", var("tags")));
        m.locals(l -> l.attr("family", tmpl("postgres", index(call("split", str("."), var("engine_version")), num(0)))));
        m.resource("aws_db_parameter_group", "this", b -> b
                .attr("name", var("identifier"))
                .attr("family", ref("local.family"))
                .attr("description", tmpl("TLS only and logging for ", var("identifier")))
                .attr("tags", var("tags"))
                .comment("Connections without TLS are refused (FORGE-RDS-005: databases accept TLS only; checkov CKV2_AWS_69).")
                .block("parameter", p -> p.attr("name", "rds.force_ssl").attr("value", "1"))
                .block("parameter", p -> p.attr("name", "log_connections").attr("value", "1"))
                .block("parameter", p -> p.attr("name", "log_disconnections").attr("value", "1"))
                .block("parameter", p -> p.attr("name", "log_lock_waits").attr("value", "1"))
                .block("parameter", p -> p.attr("name", "log_statement").attr("value", "ddl"))
                .block("parameter", p -> p.attr("name", "log_min_duration_statement")
                        .attr("value", call("tostring", var("log_min_duration_statement_ms"))))
                .block("lifecycle", lc -> lc.attr("create_before_destroy", true)));
        m.resource("aws_cloudwatch_log_group", "this", b -> b
                .attr("for_each", call("toset", strings(LOG_EXPORTS))).blank()
                .comment("Created before the instance, so RDS does not create them with no retention (FORGE rule: log retention).")
                .attr("name", tmpl("/aws/rds/instance/", var("identifier"), "/", ref("each.key")))
                .attr("retention_in_days", var("log_retention_in_days"))
                .attr("tags", var("tags")));
        m.resource("aws_iam_role", "monitoring", b -> b
                .comment("IAM role names have 64 characters: the identifier (up to 63) is cut to 45.")
                .attr("name", tmpl(call("substr", var("identifier"), num(0), num(45)), "-rds-monitoring"))
                .attr("description", tmpl("Enhanced monitoring of ", var("identifier")))
                .attr("assume_role_policy", call("jsonencode", obj()
                        .put("Version", "2012-10-17")
                        .put("Statement", list(obj()
                                .put("Sid", "TrustRdsMonitoring")
                                .put("Effect", "Allow")
                                .put("Principal", obj().put("Service", "monitoring.rds.amazonaws.com").build())
                                .put("Action", "sts:AssumeRole").build())).build()))
                .attr("tags", var("tags")));
        m.data("aws_partition", "current", b -> { });
        m.resource("aws_iam_role_policy_attachment", "monitoring", b -> b
                .comment("AWS's policy for the enhanced-monitoring agent: writes to the RDSOSMetrics log group only.")
                .attr("role", ref("aws_iam_role.monitoring.name"))
                .attr("policy_arn", tmpl("arn:", ref("data.aws_partition.current.partition"),
                        ":iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole")));
        instance(m);
        outputs(m);
        return m;
    }

    private static void instance(TfModule m) {
        m.resource("aws_db_instance", "this", b -> b
                .attr("identifier", var("identifier"))
                .attr("engine", "postgres")
                .attr("engine_version", var("engine_version"))
                .attr("auto_minor_version_upgrade", true)
                .attr("instance_class", var("instance_class"))
                .attr("db_name", var("database_name"))
                .attr("username", var("master_username"))
                .attr("port", 5432).blank()
                .comment("RDS generates the master password and keeps (and rotates) it in Secrets Manager: it is in no")
                .comment("variable, file or Terraform state (FORGE-RDS-006).")
                .attr("manage_master_user_password", true)
                .attr("master_user_secret_kms_key_id", ref("aws_kms_key.this.arn"))
                .attr("iam_database_authentication_enabled", var("iam_database_authentication")).blank()
                .attr("allocated_storage", var("allocated_storage"))
                .attr("max_allocated_storage", var("max_allocated_storage"))
                .attr("storage_type", "gp3")
                .comment("Encrypted at rest with the instance's own key (FORGE-RDS-001).")
                .attr("storage_encrypted", true)
                .attr("kms_key_id", ref("aws_kms_key.this.arn")).blank()
                .attr("db_subnet_group_name", ref("aws_db_subnet_group.this.name"))
                .attr("vpc_security_group_ids", var("security_group_ids"))
                .comment("Never reachable from the internet: isolated subnets, no public address.")
                .attr("publicly_accessible", false)
                .attr("parameter_group_name", ref("aws_db_parameter_group.this.name"))
                .attr("ca_cert_identifier", "rds-ca-rsa2048-g1").blank()
                .comment("A standby in another zone (FORGE-RDS-002), backups (FORGE-RDS-003), deletion protection (FORGE-RDS-004).")
                .attr("multi_az", var("multi_az"))
                .attr("backup_retention_period", var("backup_retention_period"))
                .attr("copy_tags_to_snapshot", true)
                .attr("delete_automated_backups", dev.forge.emit.hcl.Hcl.not(var("deletion_protection")))
                .attr("deletion_protection", var("deletion_protection"))
                .attr("skip_final_snapshot", dev.forge.emit.hcl.Hcl.not(var("final_snapshot")))
                .attr("final_snapshot_identifier", cond(var("final_snapshot"), tmpl(var("identifier"), "-final"), nul())).blank()
                .attr("performance_insights_enabled", var("performance_insights"))
                .attr("performance_insights_kms_key_id", cond(var("performance_insights"), ref("aws_kms_key.this.arn"), nul()))
                .attr("performance_insights_retention_period", cond(var("performance_insights"), num(7), nul()))
                .attr("monitoring_interval", var("monitoring_interval"))
                .attr("monitoring_role_arn", cond(op(var("monitoring_interval"), ">", num(0)), ref("aws_iam_role.monitoring.arn"), nul()))
                .attr("enabled_cloudwatch_logs_exports", strings(LOG_EXPORTS))
                .attr("tags", var("tags"))
                .attr("depends_on", list(ref("aws_cloudwatch_log_group.this"), ref("aws_iam_role_policy_attachment.monitoring"))));
    }

    private static void variables(TfModule m) {
        m.required("identifier", Types.STRING, "Identifier of the instance (also names its subnet and parameter groups).",
                check(call("can", call("regex", str("^[a-z][a-z0-9-]{0,62}$"), var("identifier"))),
                        "identifier must be 1-63 lowercase letters, digits and '-', starting with a letter."));
        m.required("engine_version", Types.STRING, "PostgreSQL version: a major version (16: RDS picks the minor, and"
                + " minor upgrades apply automatically) or major.minor.",
                check(call("can", call("regex", str("^1[1-9](\\.[0-9]+)?$"), var("engine_version"))),
                        "engine_version must be a PostgreSQL major version 11-19, optionally with a minor version."));
        m.required("instance_class", Types.STRING, "Instance class, e.g. db.t4g.micro.");
        m.required("database_name", Types.STRING, "Name of the database created in the instance.");
        m.optional("master_username", Types.STRING, "Master user name (its password is RDS's, in Secrets Manager).", str("dbadmin"));
        m.required("allocated_storage", Types.NUMBER, "Storage in GiB (at least 20).",
                check(op(var("allocated_storage"), ">=", num(20)), "allocated_storage must be at least 20 GiB."));
        m.optional("max_allocated_storage", Types.NUMBER, "Storage autoscaling ceiling in GiB (null: no autoscaling).", nul(),
                check(op(op(var("max_allocated_storage"), "==", nul()), "||",
                        op(call("coalesce", var("max_allocated_storage"), num(0)), ">", var("allocated_storage"))),
                        "max_allocated_storage must be greater than allocated_storage (or null for no autoscaling)."));
        m.required("subnet_ids", Types.STRINGS, "Isolated data subnets (no route to the internet), in two zones or more.");
        m.required("security_group_ids", Types.STRINGS, "Security groups of the instance (ingress only from its users).");
        m.optional("multi_az", Types.BOOL, "A synchronous standby in another availability zone.", bool(false));
        m.optional("backup_retention_period", Types.NUMBER, "Days automated backups are kept (0-35).", num(7),
                check(op(op(var("backup_retention_period"), ">=", num(0)), "&&", op(var("backup_retention_period"), "<=", num(35))),
                        "backup_retention_period must be 0-35 days."));
        m.optional("deletion_protection", Types.BOOL, "Refuse to delete the instance.", bool(false));
        m.optional("final_snapshot", Types.BOOL, "Take a final snapshot (<identifier>-final) when the instance is deleted.",
                bool(false));
        m.optional("iam_database_authentication", Types.BOOL, "Also accept IAM authentication tokens (database users"
                + " granted rds_iam).", bool(false));
        m.optional("performance_insights", Types.BOOL, "Performance Insights (7 days, free tier), encrypted with the key.",
                bool(true));
        m.optional("monitoring_interval", Types.NUMBER, "Enhanced monitoring interval in seconds (0 turns it off).", num(60),
                check(call("contains", list(num(0), num(1), num(5), num(10), num(15), num(30), num(60)), var("monitoring_interval")),
                        "monitoring_interval must be 0, 1, 5, 10, 15, 30 or 60."));
        m.optional("log_min_duration_statement_ms", Types.NUMBER, "Log statements slower than this (ms; -1 logs none).", num(1000));
        m.optional("log_retention_in_days", Types.NUMBER, "Retention of the exported PostgreSQL logs.", num(30));
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
    }

    private static void outputs(TfModule m) {
        m.output("address", "Host name of the instance.", ref("aws_db_instance.this.address"));
        m.output("port", "Port of the instance.", ref("aws_db_instance.this.port"));
        m.output("database_name", "Name of the database.", ref("aws_db_instance.this.db_name"));
        m.output("instance_identifier", "Identifier of the instance.", ref("aws_db_instance.this.identifier"));
        m.output("instance_arn", "ARN of the instance.", ref("aws_db_instance.this.arn"));
        m.output("resource_id", "Resource ID of the instance (the rds-db:connect ARN names it).",
                ref("aws_db_instance.this.resource_id"));
        m.output("master_user_secret_arn", "ARN of the RDS-managed secret holding the master credentials (JSON keys"
                + " username and password), encrypted with kms_key_arn.",
                ref("aws_db_instance.this.master_user_secret[0].secret_arn"));
        m.output("kms_key_arn", "ARN of the key encrypting storage, Performance Insights and the credentials secret.",
                ref("aws_kms_key.this.arn"));
    }
}
