package dev.forge.targets;

import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings that protect data, read back from each AWS target's files, as {@code <kind>:<name> <setting>} to a
 * value in terraform-aws's words: encryption ({@code managed}, {@code kms}, {@code customer-kms}), PITR, deletion
 * protection, versioning, retention (messages, logs, backups, snapshots), multi-AZ, TLS in transit and encryption at
 * rest of databases and caches, the load balancers' TLS policy.
 *
 * <p>terraform-aws: the arguments the environment root passes to each module (else the module's default), and the
 * settings its modules write as constants. cloudformation: the resources' properties, said in terraform's words by
 * the mapping {@link #cloudFormation} states.
 */
final class AwsParitySettings {

    private AwsParitySettings() {
    }

    /** Per module kind, the root arguments compared. */
    private static final Map<String, List<String>> ARGUMENTS = Map.of(
            "table", List.of("encryption", "point_in_time_recovery", "deletion_protection"),
            "bucket", List.of("encryption", "versioning"),
            "queue", List.of("encryption", "message_retention_seconds"),
            "topic", List.of("encryption"),
            "function", List.of("log_retention_in_days"),
            "database", List.of("multi_az", "backup_retention_period", "deletion_protection", "log_retention_in_days"),
            "cache", List.of("multi_az", "snapshot_retention_limit"));

    /** Per module kind, settings its module writes: resource, attribute (a {@code var.} one read from the root). */
    private static final Map<String, List<String[]>> CONSTANTS = Map.of(
            "database", List.<String[]>of(new String[] {"aws_db_instance", "storage_encrypted"}),
            "cache", List.of(new String[] {"aws_elasticache_replication_group", "at_rest_encryption_enabled"},
                    new String[] {"aws_elasticache_replication_group", "transit_encryption_enabled"},
                    new String[] {"aws_elasticache_replication_group", "transit_encryption_mode"}),
            "api", List.<String[]>of(new String[] {"aws_lb_listener", "ssl_policy"}));

    private static final Pattern LABEL = Pattern.compile("^(table|bucket|queue|topic|function|database|cache|api)_(\\w+)$");
    private static final Pattern SOURCE = Pattern.compile("^\"\\.\\./\\.\\./modules/(\\w+)\"$");

    /** {@code files}: the terraform-aws files by path under {@code terraform-aws/}. */
    static Map<String, String> terraform(String rootMain, Function<String, String> files) {
        Map<String, String> out = new TreeMap<>();
        for (HclBlock b : new ParsedArtifact("main.tf", rootMain).hclBlocks()) {
            Matcher m = b.type().equals("module") ? LABEL.matcher(b.labels().get(0)) : null;
            Matcher src = b.attribute("source").map(s -> SOURCE.matcher(s.value())).orElse(null);
            if (m == null || !m.matches() || src == null || !src.matches()) {
                continue;
            }
            String kind = m.group(1);
            String module = src.group(1);
            if (kind.equals("api") && !module.equals("load_balancer")) {
                continue;
            }
            String subject = kind + ":" + m.group(2).replace('_', '-');
            Map<String, String> defaults = defaults(files.apply("modules/" + module + "/variables.tf"));
            for (String arg : ARGUMENTS.getOrDefault(kind, List.of())) {
                out.put(subject + " " + arg, value(b, arg, defaults));
            }
            for (String[] c : CONSTANTS.getOrDefault(kind, List.of())) {
                String v = new ParsedArtifact("main.tf", files.apply("modules/" + module + "/main.tf")).hclBlocks().stream()
                        .filter(r -> r.isResource(c[0])).map(r -> r.attribute(c[1])).filter(java.util.Optional::isPresent)
                        .map(a -> a.get().value()).findFirst().orElse("(none)");
                out.put(subject + " " + c[1], v.startsWith("var.") ? value(b, v.substring(4), defaults) : unquote(v));
            }
        }
        return out;
    }

    private static String value(HclBlock b, String arg, Map<String, String> defaults) {
        return unquote(b.attribute(arg).map(HclBlock.Attribute::value).orElseGet(() -> defaults.getOrDefault(arg, "(none)")));
    }

    private static Map<String, String> defaults(String variablesTf) {
        Map<String, String> out = new LinkedHashMap<>();
        if (variablesTf != null) {
            new ParsedArtifact("variables.tf", variablesTf).hclBlocks().forEach(v -> v.attribute("default")
                    .ifPresent(d -> out.put(v.labels().get(0), d.value())));
        }
        return out;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    // ---- cloudformation

    /**
     * The same settings from the template, mapped to terraform's words: a table's SSE off is {@code managed}, on
     * without a key {@code kms}, with a key {@code customer-kms} (a global table's PITR, deletion protection and key:
     * its first replica's, this stack's region); a bucket's {@code AES256} is {@code managed},
     * {@code aws:kms} {@code kms} (with {@code KMSMasterKeyID}: {@code customer-kms}); a queue's
     * {@code SqsManagedSseEnabled} is {@code managed}, {@code alias/aws/sqs} {@code kms}, another key
     * {@code customer-kms}; a topic's {@code alias/aws/sns} is {@code kms}, another key {@code customer-kms};
     * {@code Status: Enabled} is versioning; a function's log retention is its {@code <id>LogGroup}'s, a database's
     * that of its {@code <id>...LogGroup}s; a database's {@code DeletionProtection}, {@code MultiAZ},
     * {@code BackupRetentionPeriod}, {@code StorageEncrypted}; a cache's {@code MultiAZEnabled},
     * {@code SnapshotRetentionLimit}, {@code AtRestEncryptionEnabled}, {@code TransitEncryption*}; a load balancer's
     * HTTPS listener's {@code SslPolicy}. {@code names}: a spec resource's main logical ID to {@code kind:name}.
     */
    @SuppressWarnings("unchecked")
    static Map<String, String> cloudFormation(Map<String, Object> resources, Map<String, String> names) {
        Map<String, String> out = new TreeMap<>();
        resources.forEach((id, r) -> {
            Map<String, Object> res = (Map<String, Object>) r;
            Map<String, Object> p = (Map<String, Object>) res.getOrDefault("Properties", Map.of());
            String type = (String) res.get("Type");
            String subject = names.get(id);
            if (subject != null) {
                switch (type) {
                    case "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable" -> {
                        // a global table holds the per-region settings in its replicas, this stack's region first
                        Map<String, Object> own = type.endsWith("GlobalTable")
                                ? (Map<String, Object>) ((List<Object>) p.get("Replicas")).get(0) : p;
                        Map<String, Object> sse = (Map<String, Object>) p.getOrDefault("SSESpecification", Map.of());
                        boolean key = sse.containsKey("KMSMasterKeyId") || ((Map<String, Object>) own
                                .getOrDefault("SSESpecification", Map.of())).containsKey("KMSMasterKeyId");
                        out.put(subject + " encryption", !Boolean.TRUE.equals(sse.get("SSEEnabled")) ? "managed"
                                : key ? "customer-kms" : "kms");
                        out.put(subject + " point_in_time_recovery", String.valueOf(Boolean.TRUE.equals(
                                ((Map<String, Object>) own.getOrDefault("PointInTimeRecoverySpecification", Map.of()))
                                        .get("PointInTimeRecoveryEnabled"))));
                        out.put(subject + " deletion_protection", String.valueOf(Boolean.TRUE.equals(
                                own.get("DeletionProtectionEnabled"))));
                    }
                    case "AWS::S3::Bucket" -> {
                        Map<String, Object> rule = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) p
                                .get("BucketEncryption")).get("ServerSideEncryptionConfiguration")).get(0);
                        Map<String, Object> by = (Map<String, Object>) rule.get("ServerSideEncryptionByDefault");
                        out.put(subject + " encryption", "AES256".equals(by.get("SSEAlgorithm")) ? "managed"
                                : by.containsKey("KMSMasterKeyID") ? "customer-kms" : "kms");
                        out.put(subject + " versioning", String.valueOf("Enabled".equals(((Map<String, Object>) p
                                .getOrDefault("VersioningConfiguration", Map.of())).get("Status"))));
                    }
                    case "AWS::SQS::Queue" -> {
                        Object key = p.get("KmsMasterKeyId");
                        out.put(subject + " encryption", Boolean.TRUE.equals(p.get("SqsManagedSseEnabled")) ? "managed"
                                : "alias/aws/sqs".equals(key) ? "kms" : key != null ? "customer-kms" : "(none)");
                        out.put(subject + " message_retention_seconds", String.valueOf(p.get("MessageRetentionPeriod")));
                    }
                    case "AWS::SNS::Topic" -> {
                        Object key = p.get("KmsMasterKeyId");
                        out.put(subject + " encryption", "alias/aws/sns".equals(key) ? "kms"
                                : key != null ? "customer-kms" : "managed");
                    }
                    case "AWS::RDS::DBInstance" -> {
                        out.put(subject + " multi_az", String.valueOf(p.get("MultiAZ")));
                        out.put(subject + " backup_retention_period", String.valueOf(p.get("BackupRetentionPeriod")));
                        out.put(subject + " deletion_protection", String.valueOf(p.get("DeletionProtection")));
                        out.put(subject + " storage_encrypted", String.valueOf(p.get("StorageEncrypted")));
                    }
                    case "AWS::ElastiCache::ReplicationGroup" -> {
                        out.put(subject + " multi_az", String.valueOf(p.get("MultiAZEnabled")));
                        out.put(subject + " snapshot_retention_limit", String.valueOf(p.get("SnapshotRetentionLimit")));
                        out.put(subject + " at_rest_encryption_enabled", String.valueOf(p.get("AtRestEncryptionEnabled")));
                        out.put(subject + " transit_encryption_enabled", String.valueOf(p.get("TransitEncryptionEnabled")));
                        out.put(subject + " transit_encryption_mode", String.valueOf(p.get("TransitEncryptionMode")));
                    }
                    default -> {
                    }
                }
            }
            if ("AWS::Logs::LogGroup".equals(type)) {
                names.forEach((main, s) -> {
                    boolean function = s.startsWith("function:") && id.equals(main + "LogGroup");
                    boolean database = s.startsWith("database:") && id.startsWith(main) && id.endsWith("LogGroup");
                    if (function || database) {
                        String previous = out.put(s + " log_retention_in_days", String.valueOf(p.get("RetentionInDays")));
                        if (previous != null && !previous.equals(out.get(s + " log_retention_in_days"))) {
                            out.put(s + " log_retention_in_days", previous + " and " + p.get("RetentionInDays"));
                        }
                    }
                });
            }
            if ("AWS::ElasticLoadBalancingV2::Listener".equals(type) && id.endsWith("HttpsListener")
                    && names.containsKey(id.substring(0, id.length() - "HttpsListener".length()))) {
                out.put(names.get(id.substring(0, id.length() - "HttpsListener".length())) + " ssl_policy",
                        String.valueOf(p.get("SslPolicy")));
            }
        });
        return out;
    }
}
