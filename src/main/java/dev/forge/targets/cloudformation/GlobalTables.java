package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Encryption;
import dev.forge.model.Ref;
import dev.forge.model.TableSpec;
import dev.forge.platform.aws.AwsDefaults;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A table with {@code replicas}: one {@code AWS::DynamoDB::GlobalTable} under the table's logical ID, declaring every
 * replica in this one stack, this stack's region first (CloudFormation requires it among the replicas) and the
 * spec's regions after it, sorted. As terraform-aws's dynamodb module with {@code replica_regions}: the stream is
 * NEW_AND_OLD_IMAGES (replication reads it), every replica has the table's point-in-time recovery and its tags
 * (terraform's {@code propagate_tags}). Every replica also has the table's deletion protection, which DynamoDB sets per
 * replica (terraform's replica block sets none: a replica removed from the spec would be deleted with its items). Under a customer-managed key each
 * replica needs a key of its own region: this region's is {@code <id>Key}, another region's the ARN the operator gives
 * in the parameter {@code <id>ReplicaKey<Region>} (a key in that region; the README lists it).
 *
 * <p>Consumers still resolve: {@code Ref} is the table name, {@code Arn} and {@code StreamArn} those of this region's
 * replica, as for {@code AWS::DynamoDB::Table}.
 */
final class GlobalTables {

    private GlobalTables() {
    }

    /** Adds the global table from the properties {@code p} a table shares with it (name, keys, indexes, TTL). */
    static void add(Stack stack, Ref ref, TableSpec t, YamlMap p, AwsDefaults.TableSettings settings) {
        String id = Stack.logicalId(ref);
        // replication reads the stream: terraform-aws forces NEW_AND_OLD_IMAGES too (the spec allows no other with replicas)
        p.put("StreamSpecification", YamlMap.of("StreamViewType", "NEW_AND_OLD_IMAGES"));
        YamlMap sse = YamlMap.of("SSEEnabled", t.encryption() != Encryption.MANAGED);
        if (t.encryption() != Encryption.MANAGED) {
            sse.put("SSEType", "KMS");
        }
        p.put("SSESpecification", sse);
        Object ownKey = Keys.customerKey(stack, ref, t.encryption(), "DynamoDB table");
        YamlList replicas = new YamlList();
        for (String region : regions(stack, t)) {
            // FORGE-DDB-002: point-in-time recovery in every region, the spec's `pitr`
            YamlMap r = YamlMap.of("Region", region,
                    "PointInTimeRecoverySpecification", YamlMap.of("PointInTimeRecoveryEnabled", settings.pointInTimeRecovery()),
                    "DeletionProtectionEnabled", settings.deletionProtection());
            if (ownKey != null) {
                r.put("SSESpecification", YamlMap.of("KMSMasterKeyId", region.equals(stack.env().environment().region())
                        ? ownKey : Fn.ref(replicaKey(stack, ref, region))));
            }
            r.putIfNotEmpty("Tags", tags(stack));
            replicas.add(r);
        }
        p.put("Replicas", replicas);
        Data.keep(stack, stack.template().add(id, "AWS::DynamoDB::GlobalTable", p));
        stack.note("`" + id + "` is an `AWS::DynamoDB::GlobalTable` with replicas in " + String.join(", ",
                regions(stack, t).subList(1, regions(stack, t).size())) + ". If this stack already holds it as an"
                + " `AWS::DynamoDB::Table` (replicas added to a deployed table), do not deploy the change of type: AWS"
                + " warns it may delete the table with its items (with `DeletionPolicy: Retain` the old table stays and"
                + " the new one, of the same name, fails). Convert it as AWS advises: set `DeletionPolicy: Retain` on the"
                + " table, remove it from the stack, add the replicas to it outside CloudFormation (console or `aws"
                + " dynamodb update-table --replica-updates`), then import it as this `AWS::DynamoDB::GlobalTable`"
                + " (`--change-set-type IMPORT`). The same holds the other way: removing every replica from the spec"
                + " makes it an `AWS::DynamoDB::Table` again.");
    }

    /** This stack's region, then the replicas' regions, sorted. */
    static List<String> regions(Stack stack, TableSpec t) {
        List<String> out = new ArrayList<>();
        String home = stack.env().environment().region();
        out.add(home);
        t.replicas().stream().filter(r -> !r.equals(home)).sorted().distinct().forEach(out::add);
        return out;
    }

    /** The parameter holding the ARN of the table's key in {@code region} (a customer key cannot cross regions). */
    private static String replicaKey(Stack stack, Ref ref, String region) {
        String id = Stack.logicalId(ref, "ReplicaKey" + Stack.camel(region));
        if (!stack.template().has(id)) {
            stack.template().parameter(id, YamlMap.of("Type", "String",
                    "Description", "ARN of the KMS key (in " + region + ") encrypting the replica of table " + ref.name()
                            + " there: a customer-managed key of that region",
                    "AllowedPattern", "^arn:aws[a-z-]*:kms:" + region + ":[0-9]{12}:key/.+$"));
        }
        return id;
    }

    /** The environment's tags as replicas take them, sorted by key. */
    private static YamlList tags(Stack stack) {
        YamlList out = new YamlList();
        new TreeMap<>(stack.env().environment().tags()).forEach((k, v) -> out.add(YamlMap.of("Key", k, "Value", v)));
        return out;
    }
}
