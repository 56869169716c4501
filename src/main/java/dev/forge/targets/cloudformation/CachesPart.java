package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.CacheSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import java.util.TreeMap;

/**
 * Each cache, as terraform-aws's {@code elasticache} module builds it: a Redis or Valkey replication group in the
 * isolated data subnets behind its own security group, encrypted at rest with its own key ({@code <id>Key}) and in
 * transit (TLS required), whose only usable user ({@code <id>User}) authenticates with an IAM token
 * ({@code elasticache:Connect}): no password or auth token exists anywhere. The user group's mandatory {@code default}
 * user ({@code <id>DefaultUser}) is switched off. In production a final snapshot ({@code DeletionPolicy: Snapshot}).
 */
final class CachesPart implements Part {

    @Override
    public void build(Stack stack) {
        if (stack.env().spec().caches() == null) {
            return;
        }
        new TreeMap<>(stack.env().spec().caches()).forEach((name, c) -> cache(stack, name, c));
    }

    private static void cache(Stack stack, String name, CacheSpec c) {
        Template t = stack.template();
        Ref self = new Ref(Kind.CACHE, name);
        String id = Stack.logicalId(self);
        String group = stack.env().naming().base(name);
        String engine = c.engine().spelling();
        DataKeys.add(stack, id + "Key", "ElastiCache " + group + ": data at rest and snapshots", "alias/elasticache/" + group);
        t.add(id + "SubnetGroup", "AWS::ElastiCache::SubnetGroup", YamlMap.of("CacheSubnetGroupName", group,
                "Description", "Isolated data subnets of " + group,
                "SubnetIds", NetworkPart.subnets(stack, NetworkPart.Tier.DATA)));
        t.add(id + "ParameterGroup", "AWS::ElastiCache::ParameterGroup", YamlMap.of(
                "CacheParameterGroupFamily", engine + c.version().split("\\.")[0],
                "Description", "Parameters of " + group,
                "Properties", YamlMap.of("maxmemory-policy", "volatile-lru")));
        // every user group must hold a user named default: this one is switched off, so no connection is ever accepted
        // without an IAM token
        t.add(id + "DefaultUser", "AWS::ElastiCache::User", YamlMap.of("UserId", group + "-default", "UserName", "default",
                "Engine", engine, "AccessString", "off -@all",
                "AuthenticationMode", YamlMap.of("Type", "no-password-required")));
        // clients sign an IAM token for this user (elasticache:Connect): no password exists (FORGE-EC-004)
        t.add(id + "User", "AWS::ElastiCache::User", YamlMap.of("UserId", group + "-app", "UserName", group + "-app",
                "Engine", engine, "AccessString", "on ~* +@all", "AuthenticationMode", YamlMap.of("Type", "iam")));
        t.add(id + "UserGroup", "AWS::ElastiCache::UserGroup", YamlMap.of("UserGroupId", group, "Engine", engine,
                "UserIds", YamlList.of(Fn.ref(id + "DefaultUser"), Fn.ref(id + "User"))));
        boolean multiAz = Boolean.TRUE.equals(c.multiAz());
        YamlMap p = YamlMap.of("ReplicationGroupId", group,
                "ReplicationGroupDescription", c.description() != null ? c.description() : "Cache " + name,
                "Engine", engine, "EngineVersion", c.version(), "AutoMinorVersionUpgrade", true,
                "CacheNodeType", c.node(), "NumCacheClusters", c.nodes(), "Port", 6379,
                "CacheParameterGroupName", Fn.ref(id + "ParameterGroup"),
                "CacheSubnetGroupName", Fn.ref(id + "SubnetGroup"),
                "SecurityGroupIds", YamlList.of(Fn.getAtt(SecurityGroupsPart.groupId(self), "GroupId")),
                // encrypted at rest with the group's own key and in transit, TLS required (FORGE-EC-001)
                "AtRestEncryptionEnabled", true, "KmsKeyId", Fn.ref(id + "Key"),
                "TransitEncryptionEnabled", true, "TransitEncryptionMode", "required",
                // only the user group's IAM user may connect (FORGE-EC-004)
                "UserGroupIds", YamlList.of(Fn.ref(id + "UserGroup")),
                // failover to a replica in another zone (FORGE-EC-002), daily snapshots (FORGE-EC-003)
                "AutomaticFailoverEnabled", multiAz, "MultiAZEnabled", multiAz,
                "SnapshotRetentionLimit", (int) c.snapshotRetention().days());
        Resource replication = t.add(id, "AWS::ElastiCache::ReplicationGroup", p)
                .keep(stack.production() ? Resource.Policy.Snapshot : Resource.Policy.Delete);
        if (!multiAz) {
            replication.suppressGuard("elasticache_repl_grp_auto_failover_enabled_check", "multi-az is off for this environment"
                    + " in the spec (on by default in production)");
        }
        stack.note("Cache `" + name + "`: clients connect over TLS as user `" + group + "-app` with an IAM token"
                + " (elasticache:Connect, granted to what uses it); it has no password or auth token.");
    }
}
