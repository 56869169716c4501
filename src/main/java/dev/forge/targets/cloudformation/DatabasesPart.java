package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import java.util.List;
import java.util.TreeMap;

/**
 * Each database, as terraform-aws's {@code rds_postgres} module builds it: RDS PostgreSQL in the isolated data
 * subnets behind its own security group, never public; the master password generated and kept (and rotated) by RDS
 * in Secrets Manager ({@code ManageMasterUserPassword}: in no parameter, output or file), encrypted with the
 * database's own key ({@code <id>Key}) like its storage and Performance Insights; TLS only; backups, multi-AZ and
 * deletion protection as the spec's environment says; log groups with retention created before the instance; in
 * production a final snapshot ({@code DeletionPolicy: Snapshot}).
 */
final class DatabasesPart implements Part {

    static final List<String> LOG_EXPORTS = List.of("postgresql", "upgrade");
    static final String MASTER_USERNAME = "dbadmin";

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().databases()).forEach((name, d) -> database(stack, name, d));
    }

    /** The database created inside the server: the spec's name, or the resource name with '-' as '_'. */
    static String databaseName(String resource, DatabaseSpec d) {
        return d.name() != null ? d.name() : resource.replace('-', '_');
    }

    private static void database(Stack stack, String name, DatabaseSpec d) {
        Template t = stack.template();
        Ref self = new Ref(Kind.DATABASE, name);
        String id = Stack.logicalId(self);
        String identifier = stack.env().naming().base(name);
        boolean production = stack.production();
        DataKeys.add(stack, id + "Key", "RDS PostgreSQL " + identifier + ": storage, Performance Insights and master"
                + " credentials secret", "alias/rds/" + identifier);
        t.add(id + "SubnetGroup", "AWS::RDS::DBSubnetGroup", YamlMap.of("DBSubnetGroupName", identifier,
                "DBSubnetGroupDescription", "Isolated data subnets of " + identifier,
                "SubnetIds", NetworkPart.subnets(stack, NetworkPart.Tier.DATA)));
        String major = d.version().split("\\.")[0];
        // no name: a new family replaces the group under a generated name (terraform-aws: create_before_destroy)
        t.add(id + "ParameterGroup", "AWS::RDS::DBParameterGroup", YamlMap.of("Family", "postgres" + major,
                "Description", "TLS only and logging for " + identifier,
                "Parameters", YamlMap.of(
                        // connections without TLS are refused (FORGE-RDS-005; checkov CKV2_AWS_69)
                        "rds.force_ssl", "1", "log_connections", "1", "log_disconnections", "1", "log_lock_waits", "1",
                        "log_statement", "ddl", "log_min_duration_statement", "1000")));
        Resource instance = new Resource("AWS::RDS::DBInstance", new YamlMap());
        for (String log : LOG_EXPORTS) {
            // created before the instance, so RDS does not create them with no retention
            String logId = id + Stack.camel(log) + "LogGroup";
            NetworkPart.logGroup(stack, logId, "/aws/rds/instance/" + identifier + "/" + log);
            instance.dependsOn(logId);
        }
        t.add(id + "MonitoringRole", "AWS::IAM::Role", YamlMap.of(
                "RoleName", identifier.substring(0, Math.min(45, identifier.length())) + "-rds-monitoring",
                "Description", "Enhanced monitoring of " + identifier,
                "AssumeRolePolicyDocument", YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(YamlMap.of(
                        "Effect", "Allow", "Principal", YamlMap.of("Service", "monitoring.rds.amazonaws.com"),
                        "Action", "sts:AssumeRole",
                        "Condition", YamlMap.of("StringEquals", YamlMap.of("aws:SourceAccount", Fn.ACCOUNT))))),
                // AWS's policy for the enhanced-monitoring agent: writes to the RDSOSMetrics log group only
                "ManagedPolicyArns", YamlList.of(Fn.sub(
                        "arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"))));
        boolean protect = Boolean.TRUE.equals(d.deletionProtection());
        YamlMap p = instance.properties();
        p.put("DBInstanceIdentifier", identifier);
        p.put("Engine", "postgres");
        p.put("EngineVersion", d.version());
        p.put("AutoMinorVersionUpgrade", true);
        p.put("DBInstanceClass", d.instance());
        p.put("DBName", databaseName(name, d));
        p.put("MasterUsername", MASTER_USERNAME);
        p.put("Port", "5432");
        // RDS generates the master password and keeps (and rotates) it in Secrets Manager (FORGE-RDS-006)
        p.put("ManageMasterUserPassword", true);
        p.put("MasterUserSecret", YamlMap.of("KmsKeyId", Fn.ref(id + "Key")));
        p.put("EnableIAMDatabaseAuthentication", Boolean.TRUE.equals(d.iamAuth()));
        p.put("AllocatedStorage", String.valueOf(d.storage().gibibytes()));
        if (d.maxStorage() != null) {
            p.put("MaxAllocatedStorage", (int) d.maxStorage().gibibytes());
        }
        p.put("StorageType", "gp3");
        // encrypted at rest with the instance's own key (FORGE-RDS-001)
        p.put("StorageEncrypted", true);
        p.put("KmsKeyId", Fn.ref(id + "Key"));
        p.put("DBSubnetGroupName", Fn.ref(id + "SubnetGroup"));
        p.put("VPCSecurityGroups", YamlList.of(Fn.getAtt(SecurityGroupsPart.groupId(self), "GroupId")));
        // never reachable from the internet: isolated subnets, no public address
        p.put("PubliclyAccessible", false);
        p.put("DBParameterGroupName", Fn.ref(id + "ParameterGroup"));
        p.put("CACertificateIdentifier", "rds-ca-rsa2048-g1");
        // a standby in another zone (FORGE-RDS-002), backups (FORGE-RDS-003), deletion protection (FORGE-RDS-004)
        p.put("MultiAZ", Boolean.TRUE.equals(d.multiAz()));
        p.put("BackupRetentionPeriod", (int) d.backupRetention().days());
        p.put("CopyTagsToSnapshot", true);
        p.put("DeleteAutomatedBackups", !protect);
        p.put("DeletionProtection", protect);
        p.put("EnablePerformanceInsights", true);
        p.put("PerformanceInsightsKMSKeyId", Fn.ref(id + "Key"));
        p.put("PerformanceInsightsRetentionPeriod", 7);
        p.put("MonitoringInterval", 60);
        p.put("MonitoringRoleArn", Fn.getAtt(id + "MonitoringRole", "Arn"));
        p.put("EnableCloudwatchLogsExports", YamlList.copyOf(LOG_EXPORTS));
        // production: a final snapshot before the instance is ever deleted or replaced; elsewhere none (as terraform-aws)
        instance.keep(production ? Resource.Policy.Snapshot : Resource.Policy.Delete);
        if (!protect) {
            instance.suppressGuard("rds_instance_deletion_protection_enabled_check", "deletion_protection is off for this"
                    + " environment in the spec (on by default in production)");
        }
        if (!Boolean.TRUE.equals(d.multiAz())) {
            instance.suppressGuard("rds_instance_multi_az_support_check", "multi_az is off for this environment in the"
                    + " spec (on by default in production)");
        }
        if (!Boolean.TRUE.equals(d.iamAuth())) {
            instance.suppressGuard("rds_instance_iam_authentication_enabled_check", "iam-auth is off in the spec: clients"
                    + " sign in with the RDS-managed credentials secret");
        }
        instance.suppressGuard("rds_instance_no_default_ports_check", "PostgreSQL's port 5432, the one the security"
                + " groups open to the database's users only (a different port hides nothing from them)");
        t.add(id, instance);
    }
}
