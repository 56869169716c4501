package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;
import dev.forge.model.CacheSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.platform.aws.AwsDefaults;
import java.util.Map;
import java.util.TreeMap;

/**
 * Databases and caches in an environment root: one {@code rds_postgres} or {@code elasticache} module call each, in
 * the network's isolated data subnets behind the security group the network module derives from {@code uses:}.
 */
final class RootDatabases {

    private RootDatabases() {
    }

    static void add(Root root) {
        Spec s = root.env.spec();
        new TreeMap<>(s.databases()).forEach((name, d) -> root.module(new Ref(Kind.DATABASE, name), RdsPostgresModule.NAME,
                b -> database(root, b, name, d)));
        new TreeMap<>(Modules.orEmpty(s.caches())).forEach((name, c) -> root.module(new Ref(Kind.CACHE, name),
                ElastiCacheModule.NAME, b -> cache(root, b, name, c)));
        Map<String, Expr> hosts = new TreeMap<>();
        s.databases().keySet().forEach(n -> hosts.put(n, Refs.out(new Ref(Kind.DATABASE, n), "address")));
        root.output("database_addresses", "Host names of the databases, by spec name.", hosts);
        Map<String, Expr> secrets = new TreeMap<>();
        s.databases().keySet().forEach(n -> secrets.put(n, Refs.out(new Ref(Kind.DATABASE, n), "master_user_secret_arn")));
        root.output("database_secret_arns", "ARNs of the RDS-managed master credentials secrets, by spec name.", secrets);
        Map<String, Expr> caches = new TreeMap<>();
        Modules.orEmpty(s.caches()).keySet().forEach(n -> caches.put(n, Refs.out(new Ref(Kind.CACHE, n),
                "primary_endpoint_address")));
        root.output("cache_addresses", "Primary endpoints of the caches, by spec name.", caches);
    }

    /** The database created inside the server: the spec's name, or the resource name with '-' as '_'. */
    static String databaseName(String resource, DatabaseSpec d) {
        return d.name() != null ? d.name() : resource.replace('-', '_');
    }

    private static void database(Root root, Body b, String name, DatabaseSpec d) {
        b.attr("identifier", root.env.naming().base(name))
                .attr("engine_version", d.version())
                .attr("instance_class", d.instance())
                .attr("database_name", databaseName(name, d))
                .attr("allocated_storage", d.storage().gibibytes());
        if (d.maxStorage() != null) {
            b.attr("max_allocated_storage", d.maxStorage().gibibytes());
        }
        AwsDefaults.DatabaseSettings settings = AwsDefaults.of(root.env).database(d);
        network(b, new Ref(Kind.DATABASE, name)).blank()
                .attr("multi_az", settings.multiAz())
                .attr("backup_retention_period", settings.backupRetentionDays())
                .attr("deletion_protection", settings.deletionProtection());
        if (settings.finalSnapshot()) {
            b.comment("Production: a final snapshot before the instance is ever deleted.");
        }
        b.attr("final_snapshot", settings.finalSnapshot())
                .attr("iam_database_authentication", settings.iamAuthentication())
                .attr("log_retention_in_days", AwsDefaults.of(root.env).logRetentionDays());
    }

    private static void cache(Root root, Body b, String name, CacheSpec c) {
        b.attr("replication_group_id", root.env.naming().base(name))
                .attr("description", c.description() != null ? c.description() : "Cache " + name)
                .attr("engine", c.engine().spelling())
                .attr("engine_version", c.version())
                .attr("node_type", c.node())
                .attr("num_cache_clusters", c.nodes());
        AwsDefaults.CacheSettings settings = AwsDefaults.of(root.env).cache(c);
        network(b, new Ref(Kind.CACHE, name)).blank()
                .attr("multi_az", settings.multiAz())
                .attr("snapshot_retention_limit", settings.snapshotRetentionDays())
                .attr("final_snapshot", settings.finalSnapshot());
        root.notes.add("Cache `" + name + "`: clients connect over TLS as user `" + root.env.naming().base(name) + "-app`"
                + " with an IAM token (elasticache:Connect, granted to what uses it); it has no password or auth token.");
    }

    private static Body network(Body b, Ref r) {
        return b.blank()
                .attr("subnet_ids", ref("module.network.data_subnet_ids"))
                .attr("security_group_ids", list(index(ref("module.network.security_group_ids"),
                        str(r.kind().spelling() + ":" + r.name()))));
    }
}
