package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.AttributeType;
import dev.forge.model.Encryption;
import dev.forge.model.IndexSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.StreamView;
import dev.forge.model.TableSpec;
import dev.forge.platform.aws.AwsDefaults;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tables: {@code AWS::DynamoDB::Table}, on-demand, with the key attributes of the table and its indexes, global
 * secondary indexes, TTL, point-in-time recovery (on unless the spec turns it off), server-side encryption
 * (AWS-owned key, the AWS-managed key, or a customer key {@code <id>Key}), stream and deletion protection, as
 * terraform-aws's dynamodb module. A table with replicas is a global table instead ({@link GlobalTables}).
 */
final class TablesPart implements Part {

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().tables()).forEach((name, t) -> table(stack, name, t));
    }

    private static void table(Stack stack, String name, TableSpec t) {
        Ref ref = new Ref(Kind.TABLE, name);
        Map<String, AttributeType> types = t.attributes() == null ? Map.of() : t.attributes();
        TreeSet<String> keys = new TreeSet<>();
        keys.add(t.key().partition());
        YamlList schema = YamlList.of(YamlMap.of("AttributeName", t.key().partition(), "KeyType", "HASH"));
        if (t.key().sort() != null) {
            keys.add(t.key().sort());
            schema.add(YamlMap.of("AttributeName", t.key().sort(), "KeyType", "RANGE"));
        }
        YamlList indexes = new YamlList();
        new TreeMap<>(t.indexes() == null ? Map.<String, IndexSpec>of() : t.indexes()).forEach((n, i) -> {
            keys.add(i.partition());
            YamlList ks = YamlList.of(YamlMap.of("AttributeName", i.partition(), "KeyType", "HASH"));
            if (i.sort() != null) {
                keys.add(i.sort());
                ks.add(YamlMap.of("AttributeName", i.sort(), "KeyType", "RANGE"));
            }
            YamlMap projection = YamlMap.of("ProjectionType", constant(i.projection().spelling()));
            if (i.projection() == dev.forge.model.Projection.INCLUDE && i.include() != null && !i.include().isEmpty()) {
                projection.put("NonKeyAttributes", YamlList.copyOf(i.include()));
            }
            indexes.add(YamlMap.of("IndexName", n, "KeySchema", ks, "Projection", projection));
        });
        YamlList attributes = new YamlList();
        keys.forEach(k -> attributes.add(YamlMap.of("AttributeName", k,
                "AttributeType", code(types.getOrDefault(k, AttributeType.STRING)))));
        YamlMap p = YamlMap.of("TableName", stack.physicalName(Kind.TABLE, name),
                "BillingMode", "PAY_PER_REQUEST", // FORGE rule: tables on-demand
                "AttributeDefinitions", attributes,
                "KeySchema", schema);
        p.putIfNotEmpty("GlobalSecondaryIndexes", indexes);
        if (t.ttl() != null) {
            p.put("TimeToLiveSpecification", YamlMap.of("AttributeName", t.ttl(), "Enabled", true));
        }
        AwsDefaults.TableSettings settings = AwsDefaults.table(t);
        if (t.replicas() != null && !t.replicas().isEmpty()) {
            GlobalTables.add(stack, ref, t, p, settings);
            return;
        }
        // FORGE-DDB-002: point-in-time recovery, the spec's `pitr`, on by default
        p.put("PointInTimeRecoverySpecification", YamlMap.of("PointInTimeRecoveryEnabled", settings.pointInTimeRecovery()));
        YamlMap sse = YamlMap.of("SSEEnabled", t.encryption() != Encryption.MANAGED);
        if (t.encryption() != Encryption.MANAGED) {
            sse.put("SSEType", "KMS");
            sse.put("KMSMasterKeyId", Keys.customerKey(stack, ref, t.encryption(), "DynamoDB table"));
        }
        p.put("SSESpecification", sse);
        if (t.stream() != null && t.stream() != StreamView.NONE) {
            p.put("StreamSpecification", YamlMap.of("StreamViewType", constant(t.stream().spelling())));
        }
        p.put("DeletionProtectionEnabled", settings.deletionProtection());
        Resource r = stack.template().add(Stack.logicalId(ref), "AWS::DynamoDB::Table", p);
        Data.keep(stack, r);
        if (!settings.pointInTimeRecovery()) {
            r.suppressGuard("dynamodb_table_pitr_enabled_check", "CT.DYNAMODB.PR.1: the spec turns point-in-time recovery off for this table (`pitr: false`)");
        }
        if (t.encryption() == Encryption.MANAGED) {
            r.suppressGuard("dynamodb_table_encrypted_kms_check", "CT.DYNAMODB.PR.2: the spec asks for `encryption: " + t.encryption().spelling()
                    + "` (the AWS-owned key DynamoDB manages), not KMS");
        }
    }

    /** {@code new-and-old-images} as {@code NEW_AND_OLD_IMAGES}. */
    static String constant(String spelling) {
        return spelling.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String code(AttributeType t) {
        return switch (t) {
            case STRING -> "S";
            case NUMBER -> "N";
            case BINARY -> "B";
        };
    }
}
