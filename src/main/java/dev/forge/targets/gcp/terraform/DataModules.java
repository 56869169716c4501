package dev.forge.targets.gcp.terraform;

import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.gcp.terraform.GModule.BOOL;
import static dev.forge.targets.gcp.terraform.GModule.NUMBER;
import static dev.forge.targets.gcp.terraform.GModule.STRING;

import dev.forge.emit.hcl.Hcl;

/** Modules of the private network and what lives in it: Cloud SQL, Memorystore, Firestore. */
final class DataModules {

    private DataModules() {
    }

    /**
     * The VPC for private resources: a custom-mode network, one regional subnet (Private Google Access; Cloud Run
     * reaches it by Direct VPC egress), private services access (an allocated range peered with Google's service
     * network: how Cloud SQL private IP and Memorystore are reached), and Cloud NAT when outbound internet is wanted.
     */
    static GModule network() {
        GModule m = new GModule("network", "The app's VPC: custom-mode network, one subnet with Private Google Access"
                + " (Cloud Run Direct VPC egress lands here), private services access for Cloud SQL and Memorystore,"
                + " and Cloud NAT when `nat` is on.");
        m.required("name", STRING, "Name of the network and its subnet.")
                .required("region", STRING, "Region of the subnet.")
                .required("cidr", STRING, "Address range of the network; the subnet takes its first /20 (cidrsubnet 4, 0).")
                .optional("nat", BOOL, "Whether Cloud NAT gives the subnet outbound internet access.", Hcl.bool(false));
        m.resource("google_compute_network", "this", b -> b.attr("name", var("name"))
                .attr("auto_create_subnetworks", false).attr("routing_mode", "REGIONAL"));
        m.resource("google_compute_subnetwork", "this", b -> b.attr("name", var("name")).attr("region", var("region"))
                .attr("network", ref("google_compute_network.this.id"))
                .attr("ip_cidr_range", Hcl.call("cidrsubnet", var("cidr"), Hcl.num(4), Hcl.num(0)))
                .comment("Private Google Access: Google APIs reached without public IPs")
                .attr("private_ip_google_access", true)
                .block("log_config", l -> l.attr("aggregation_interval", "INTERVAL_10_MIN").attr("flow_sampling", new dev.forge.emit.hcl.Expr.Num("0.5"))
                        .attr("metadata", "INCLUDE_ALL_METADATA")));
        m.resource("google_compute_global_address", "private_services", b -> b.attr("name", Hcl.tmpl(var("name"), "-psa"))
                .comment("Private services access: a range peered with Google's network (Cloud SQL private IP, Memorystore)")
                .attr("purpose", "VPC_PEERING").attr("address_type", "INTERNAL").attr("prefix_length", 16)
                .attr("network", ref("google_compute_network.this.id")));
        m.resource("google_service_networking_connection", "this", b -> b.attr("network", ref("google_compute_network.this.id"))
                .attr("service", "servicenetworking.googleapis.com")
                .attr("reserved_peering_ranges", list(ref("google_compute_global_address.private_services.name"))));
        m.resource("google_compute_router", "this", b -> b.attr("count", Hcl.cond(var("nat"), Hcl.num(1), Hcl.num(0)))
                .attr("name", var("name")).attr("region", var("region")).attr("network", ref("google_compute_network.this.id")));
        m.resource("google_compute_router_nat", "this", b -> b.attr("count", Hcl.cond(var("nat"), Hcl.num(1), Hcl.num(0)))
                .attr("name", var("name")).attr("region", var("region")).attr("router", ref("google_compute_router.this[0].name"))
                .attr("nat_ip_allocate_option", "AUTO_ONLY").attr("source_subnetwork_ip_ranges_to_nat", "ALL_SUBNETWORKS_ALL_IP_RANGES")
                .block("log_config", l -> l.attr("enable", true).attr("filter", "ERRORS_ONLY")));
        m.output("network_id", "ID of the network (projects/.../global/networks/NAME).", ref("google_compute_network.this.id"))
                .output("network_name", "Name of the network.", ref("google_compute_network.this.name"))
                .output("subnet_name", "Name of the subnet (Cloud Run Direct VPC egress).", ref("google_compute_subnetwork.this.name"))
                .output("private_services_connection", "The private services peering; private resources depend on it.",
                        ref("google_service_networking_connection.this.id"));
        return m;
    }

    /**
     * Cloud SQL for PostgreSQL on a private IP only, TLS required, daily backups and point-in-time recovery, deletion
     * protection where asked; the app user's password is an ephemeral random value written to the user and to a
     * Secret Manager version through write-only arguments, so it is never in a plan or state.
     */
    static GModule cloudSql() {
        GModule m = new GModule("cloudsql", "Cloud SQL for PostgreSQL: private IP only (no public IPv4), TLS only, daily"
                + " backups with point-in-time recovery, optional deletion protection; a database, an app user whose"
                + " password is generated at apply (ephemeral) and written only through write-only arguments to the user and"
                + " to a Secret Manager secret: never in plan or state. Bump `password_version` to rotate it.");
        m.provider(GModule.RANDOM);
        m.required("name", STRING, "Name of the instance.")
                .required("region", STRING, "Region of the instance.")
                .required("database_version", STRING, "Engine, e.g. POSTGRES_16.")
                .required("tier", STRING, "Machine tier, e.g. db-custom-1-3840.")
                .required("disk_size", NUMBER, "Disk size in GB.")
                .optional("disk_autoresize_limit", NUMBER, "Ceiling of automatic disk growth in GB (0: no growth).", Hcl.num(0))
                .required("availability_type", STRING, "REGIONAL (a standby in another zone) or ZONAL.")
                .required("retained_backups", NUMBER, "Daily backups kept.")
                .required("log_retention_days", NUMBER, "Days of transaction logs kept for point-in-time recovery (1-7).")
                .required("deletion_protection", BOOL, "Refuse to delete the instance (in Terraform and in Google Cloud).")
                .optional("iam_authentication", BOOL, "Also accept IAM database authentication.", Hcl.bool(false))
                .required("network_id", STRING, "The VPC the private IP is in.")
                .required("private_services_connection", STRING, "The private services peering (the instance waits for it).")
                .required("database_name", STRING, "Database created inside.")
                .required("user_name", STRING, "The app's database user.")
                .optional("password_version", NUMBER, "Bump to generate and write a new password (rotation).", Hcl.num(1));
        m.resource("google_sql_database_instance", "this", b -> {
            b.attr("name", var("name")).attr("region", var("region")).attr("database_version", var("database_version"))
                    .attr("deletion_protection", var("deletion_protection"));
            b.block("settings", s -> {
                s.attr("tier", var("tier")).attr("edition", "ENTERPRISE").attr("availability_type", var("availability_type"))
                        .attr("disk_type", "PD_SSD").attr("disk_size", var("disk_size"))
                        .attr("disk_autoresize", Hcl.op(var("disk_autoresize_limit"), ">", Hcl.num(0)))
                        .attr("disk_autoresize_limit", var("disk_autoresize_limit"))
                        .attr("deletion_protection_enabled", var("deletion_protection"));
                s.block("ip_configuration", ip -> ip.comment("Private IP only, TLS required")
                        .attr("ipv4_enabled", false).attr("private_network", var("network_id"))
                        .attr("ssl_mode", "ENCRYPTED_ONLY"));
                s.block("backup_configuration", bk -> bk.attr("enabled", true).attr("start_time", "03:00")
                        .attr("point_in_time_recovery_enabled", true)
                        .attr("transaction_log_retention_days", var("log_retention_days"))
                        .block("backup_retention_settings", r -> r.attr("retained_backups", var("retained_backups"))
                                .attr("retention_unit", "COUNT")));
                s.dynamic("database_flags", Hcl.cond(var("iam_authentication"), list(str("on")), list()),
                        f -> f.attr("name", "cloudsql.iam_authentication").attr("value", ref("database_flags.value")));
                s.block("insights_config", i -> i.attr("query_insights_enabled", true));
            });
            b.attr("depends_on", list(var("private_services_connection")));
        });
        m.resource("google_sql_database", "this", b -> b.attr("name", var("database_name"))
                .attr("instance", ref("google_sql_database_instance.this.name")));
        m.ephemeral("random_password", "this", b -> b.attr("length", 32).attr("special", false));
        m.resource("google_sql_user", "app", b -> b.attr("name", var("user_name"))
                .attr("instance", ref("google_sql_database_instance.this.name"))
                .comment("Write-only: the password is sent on create and when password_version changes, never stored")
                .attr("password_wo", ref("ephemeral.random_password.this.result"))
                .attr("password_wo_version", var("password_version")));
        m.resource("google_secret_manager_secret", "password", b -> b.attr("secret_id", Hcl.tmpl(var("name"), "-password"))
                .block("replication", r -> r.block("auto", a -> { })));
        m.resource("google_secret_manager_secret_version", "password", b -> b
                .attr("secret", ref("google_secret_manager_secret.password.id"))
                .attr("secret_data_wo", ref("ephemeral.random_password.this.result"))
                .attr("secret_data_wo_version", var("password_version")));
        m.output("instance_name", "Name of the instance.", ref("google_sql_database_instance.this.name"))
                .output("connection_name", "PROJECT:REGION:INSTANCE, for the Cloud SQL connector and Cloud Run.",
                        ref("google_sql_database_instance.this.connection_name"))
                .output("private_ip", "Private IP address of the instance.", ref("google_sql_database_instance.this.private_ip_address"))
                .output("database_name", "Database name.", ref("google_sql_database.this.name"))
                .output("user_name", "The app's database user.", ref("google_sql_user.app.name"))
                .output("password_secret_id", "Secret Manager secret holding the user's password (its ID).",
                        ref("google_secret_manager_secret.password.secret_id"));
        return m;
    }

    /** Memorystore for Redis on the private services range, AUTH and in-transit encryption on. */
    static GModule redis() {
        GModule m = new GModule("redis", "Memorystore for Redis reached through private services access: AUTH on,"
                + " in-transit encryption (server authentication), STANDARD_HA with a replica in another zone where asked,"
                + " RDB snapshots where snapshots are kept. The AUTH string is generated by Google and is in state"
                + " (sensitive): see the target's doc.");
        m.required("name", STRING, "Name of the instance.")
                .required("region", STRING, "Region of the instance.")
                .required("tier", STRING, "BASIC or STANDARD_HA.")
                .required("memory_size_gb", NUMBER, "Memory in GB.")
                .required("redis_version", STRING, "Engine version, e.g. REDIS_7_2.")
                .optional("replica_count", NUMBER, "Read replicas (STANDARD_HA only).", Hcl.nul())
                .optional("snapshots", BOOL, "Whether RDB snapshots are taken (every 24 hours).", Hcl.bool(false))
                .required("network_id", STRING, "The VPC the instance is reached from.")
                .required("private_services_connection", STRING, "The private services peering (the instance waits for it).");
        m.resource("google_redis_instance", "this", b -> {
            b.attr("name", var("name")).attr("region", var("region")).attr("tier", var("tier"))
                    .attr("memory_size_gb", var("memory_size_gb")).attr("redis_version", var("redis_version"))
                    .attr("authorized_network", var("network_id")).attr("connect_mode", "PRIVATE_SERVICE_ACCESS")
                    .comment("AUTH and TLS in transit")
                    .attr("auth_enabled", true).attr("transit_encryption_mode", "SERVER_AUTHENTICATION")
                    .attr("replica_count", var("replica_count"))
                    .attr("read_replicas_mode", Hcl.cond(Hcl.op(Hcl.call("coalesce", var("replica_count"), Hcl.num(0)), ">", Hcl.num(0)),
                            str("READ_REPLICAS_ENABLED"), str("READ_REPLICAS_DISABLED")));
            b.dynamic("persistence_config", Hcl.cond(var("snapshots"), list(str("RDB")), list()),
                    p -> p.attr("persistence_mode", ref("persistence_config.value")).attr("rdb_snapshot_period", "TWENTY_FOUR_HOURS"));
            b.attr("depends_on", list(var("private_services_connection")));
        });
        m.output("host", "Private IP of the primary.", ref("google_redis_instance.this.host"))
                .output("port", "Port.", ref("google_redis_instance.this.port"))
                .output("name", "Name of the instance.", ref("google_redis_instance.this.name"));
        return m;
    }

    /** A Firestore (native mode) database per declared table. */
    static GModule firestore() {
        GModule m = new GModule("firestore", "A Firestore database in native mode for one declared table:"
                + " point-in-time recovery and delete protection as declared, optional TTL on one field of its collection.");
        m.required("name", STRING, "Database ID.")
                .required("location", STRING, "Region of the database.")
                .required("pitr", BOOL, "Point-in-time recovery (7 days).")
                .required("delete_protection", BOOL, "Refuse to delete the database.")
                .optional("ttl_field", STRING, "Field holding each document's expiry time (null: no TTL).", Hcl.nul())
                .required("collection", STRING, "Collection the table's documents live in (the TTL policy's collection).");
        m.resource("google_firestore_database", "this", b -> b.attr("name", var("name")).attr("location_id", var("location"))
                .attr("type", "FIRESTORE_NATIVE").attr("concurrency_mode", "OPTIMISTIC")
                .attr("point_in_time_recovery_enablement", Hcl.cond(var("pitr"), str("POINT_IN_TIME_RECOVERY_ENABLED"),
                        str("POINT_IN_TIME_RECOVERY_DISABLED")))
                .attr("delete_protection_state", Hcl.cond(var("delete_protection"), str("DELETE_PROTECTION_ENABLED"),
                        str("DELETE_PROTECTION_DISABLED"))));
        m.resource("google_firestore_field", "ttl", b -> b.attr("count", Hcl.cond(Hcl.op(var("ttl_field"), "==", Hcl.nul()), Hcl.num(0), Hcl.num(1)))
                .attr("database", ref("google_firestore_database.this.name")).attr("collection", var("collection"))
                .attr("field", var("ttl_field"))
                .block("ttl_config", t -> { }));
        m.output("name", "Database ID.", ref("google_firestore_database.this.name"));
        return m;
    }
}
