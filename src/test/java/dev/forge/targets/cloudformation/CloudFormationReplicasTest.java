package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.pipeline.Pipeline;
import dev.forge.platform.aws.S3Replication;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Global-table replicas ({@code tables.*.replicas}) and bucket replication ({@code buckets.*.replication}): the
 * site-builder example (prod only) and replicas.yaml (every encryption, the consumers of a global table).
 */
class CloudFormationReplicasTest {

    /** replicas.yaml's stacks by environment (the parts run as the target runs them). */
    private static Map<String, Stack> replicaStacks() {
        ResolvedSpec spec = Pipeline.resolve(Pipeline.read(CloudFormationValidatorsTest.REPLICAS, "replicas.yaml"));
        SynthContext context = new SynthContext(spec, spec.environments(), Optional.empty());
        Map<String, Stack> out = new LinkedHashMap<>();
        for (ResolvedEnv env : spec.environments()) {
            Stack stack = new Stack(context, env, new Template("test"));
            CloudFormationTarget.PARTS.forEach(p -> p.build(stack));
            out.put(env.name(), stack);
        }
        return out;
    }

    private static List<String> regions(Resource table) {
        List<String> out = new ArrayList<>();
        ((YamlList) table.properties().get("Replicas")).items().forEach(r -> out.add((String) ((YamlMap) r).get("Region")));
        return out;
    }

    @Test
    void givenATableWithReplicasInProduction_whenBuilt_thenItIsOneGlobalTableWithThisRegionFirstAndEachReplicasSettings() {
        Map<String, Template> ts = CloudFormationExamples.templates("site-builder");

        Resource prod = ts.get("prod").resource("TableGenerations");
        Resource dev = ts.get("dev").resource("TableGenerations");

        assertThat(prod.type()).isEqualTo("AWS::DynamoDB::GlobalTable");
        assertThat(dev.type()).as("no replicas in dev").isEqualTo("AWS::DynamoDB::Table");
        assertThat(regions(prod)).containsExactly("af-south-1", "eu-west-1");
        assertThat(prod.deletionPolicy()).isEqualTo(Resource.Policy.Retain);
        assertThat(prod.properties().get("StreamSpecification")).isEqualTo(YamlMap.of("StreamViewType", "NEW_AND_OLD_IMAGES"));
        // a global table has these per replica only
        assertThat(prod.properties().containsKey("PointInTimeRecoverySpecification")).isFalse();
        assertThat(prod.properties().containsKey("DeletionProtectionEnabled")).isFalse();
        for (Object r : ((YamlList) prod.properties().get("Replicas")).items()) {
            YamlMap replica = (YamlMap) r;
            assertThat(replica.get("PointInTimeRecoverySpecification")).isEqualTo(YamlMap.of("PointInTimeRecoveryEnabled", true));
            assertThat(replica.get("DeletionProtectionEnabled")).isEqualTo(true);
            assertThat(((YamlList) replica.get("Tags")).items()).contains(YamlMap.of("Key", "app", "Value", "site-builder"));
            assertThat(replica.containsKey("SSESpecification")).as("the AWS-managed key of each region").isFalse();
        }
        assertThat(prod.properties().get("SSESpecification")).isEqualTo(YamlMap.of("SSEEnabled", true, "SSEType", "KMS"));
    }

    @Test
    void givenAGlobalTable_whenItsConsumersAreBuilt_thenTheirRefsAndGetAttsStillNameItsAttributes() {
        Template t = replicaStacks().get("prod").template();

        assertThat(t.resource("TableOrders").type()).isEqualTo("AWS::DynamoDB::GlobalTable");
        assertThat(t.resource("FunctionWorkerTrigger1").properties().get("EventSourceArn"))
                .isEqualTo(Fn.getAtt("TableOrders", "StreamArn"));
        Set<String> grants = new TreeSet<>();
        collectGetAtts(t.resource("FunctionWorkerRolePolicy").properties(), grants);
        assertThat(grants).contains("TableOrders.Arn", "TableOrders.StreamArn", "TableEvents.Arn");
        // every GetAtt on a global table names an attribute AWS::DynamoDB::GlobalTable has
        Set<String> used = new TreeSet<>();
        collectGetAtts(t.toTree(), used);
        assertThat(used).filteredOn(s -> s.startsWith("TableOrders.") || s.startsWith("TableEvents."))
                .isNotEmpty().allMatch(s -> s.endsWith(".Arn") || s.endsWith(".StreamArn") || s.endsWith(".TableId"));
        Set<String> defined = new TreeSet<>(t.resources().keySet());
        defined.addAll(t.parameters().keySet());
        assertThat(defined).containsAll(t.references());
    }

    private static void collectGetAtts(Object v, Set<String> out) {
        if (v instanceof YamlMap m) {
            m.entries().forEach((k, x) -> {
                if (k.equals("Fn::GetAtt") && x instanceof YamlList l) {
                    out.add(l.get(0) + "." + l.get(1));
                }
                collectGetAtts(x, out);
            });
        } else if (v instanceof YamlList l) {
            l.items().forEach(x -> collectGetAtts(x, out));
        }
    }

    @Test
    void givenATableUnderACustomerKeyWithAReplica_thenThisRegionUsesItsKeyAndTheOtherRegionAKeyTheOperatorGives() {
        Stack prod = replicaStacks().get("prod");
        Template t = prod.template();

        List<Object> keys = new ArrayList<>();
        ((YamlList) t.resource("TableOrders").properties().get("Replicas")).items()
                .forEach(r -> keys.add(((YamlMap) ((YamlMap) r).get("SSESpecification")).get("KMSMasterKeyId")));

        assertThat(regions(t.resource("TableOrders"))).containsExactly("eu-west-1", "us-east-1");
        assertThat(keys).containsExactly(Fn.getAtt("TableOrdersKey", "Arn"), Fn.ref("TableOrdersReplicaKeyUsEast1"));
        assertThat(CloudFormationTarget.required(t)).contains("TableOrdersReplicaKeyUsEast1");
        assertThat(prod.notes()).anyMatch(n -> n.startsWith("`TableOrders` is an `AWS::DynamoDB::GlobalTable`")
                && n.contains("do not deploy the change of type") && n.contains("--change-set-type IMPORT"));
    }

    @Test
    void givenAReplicatedBucket_whenSynthesized_thenItsReplicaIsInAReplicaStackOfItsRegionDeployedFirst() {
        Map<String, String> files = new LinkedHashMap<>();
        CloudFormationExamples.synth("site-builder").forEach(a -> files.put(a.path(), a.text()));

        assertThat(files).containsKeys("prod/replica-eu-west-1/template.yaml", "prod/replica-eu-west-1/parameters.json",
                "prod/replica-eu-west-1/tags.json");
        assertThat(files.keySet()).noneMatch(p -> p.startsWith("dev/replica-") || p.startsWith("sit/replica-"));
        String readme = files.get("README.md");
        String prod = readme.substring(readme.indexOf("### prod"));
        assertThat(prod.indexOf("--stack-name site-builder-prod-replica-eu-west-1")).isPositive()
                .isLessThan(prod.indexOf("--stack-name site-builder-prod "));
    }

    @Test
    void givenAReplicatedBucket_whenBuilt_thenTheReplicaIsPrivateVersionedEncryptedAndExpiresAsItsSourceDoes() {
        Stack prod = CloudFormationExamples.stacks("site-builder").get("prod");
        Template replica = prod.replicas().get("eu-west-1");
        YamlMap source = prod.template().resource("BucketSites").properties();

        Resource bucket = replica.resource("BucketSitesReplica");
        YamlMap p = bucket.properties();
        assertThat(prod.replicas()).containsOnlyKeys("eu-west-1");
        assertThat(p.get("BucketName")).isEqualTo("site-builder-sites-prod-replica");
        assertThat(bucket.deletionPolicy()).isEqualTo(Resource.Policy.Retain);
        assertThat(p.get("VersioningConfiguration")).isEqualTo(YamlMap.of("Status", "Enabled"));
        for (String same : List.of("PublicAccessBlockConfiguration", "OwnershipControls", "BucketEncryption", "LifecycleConfiguration")) {
            assertThat(p.get(same)).as(same).isEqualTo(source.get(same));
        }
        assertThat(replica.resource("BucketSitesReplicaPolicy").properties().toString()).contains("aws:SecureTransport");
    }

    @Test
    void givenAReplicatedBucket_whenBuilt_thenItsRoleHoldsExactlyTheSharedStatementsOnTheTwoBucketsAndItWaitsForThem() {
        Template t = CloudFormationExamples.templates("site-builder").get("prod");

        YamlList statements = (YamlList) ((YamlMap) t.resource("BucketSitesReplicationRolePolicy").properties()
                .get("PolicyDocument")).get("Statement");
        List<String> actual = new ArrayList<>();
        Set<String> resources = new TreeSet<>();
        statements.items().forEach(s -> {
            YamlMap st = (YamlMap) s;
            actual.add(st.get("Sid") + " " + ((YamlList) st.get("Action")).items());
            ((YamlList) st.get("Resource")).items().forEach(r -> resources.add((String) ((YamlMap) r).get("Fn::Sub")));
        });
        List<String> expected = S3Replication.ROLE.stream().map(s -> s.sid() + " " + s.actions()).toList();

        assertThat(actual).isEqualTo(expected);
        assertThat(resources).containsExactly("arn:${AWS::Partition}:s3:::site-builder-sites-prod",
                "arn:${AWS::Partition}:s3:::site-builder-sites-prod-replica/*", "arn:${AWS::Partition}:s3:::site-builder-sites-prod/*");
        YamlMap config = (YamlMap) t.resource("BucketSites").properties().get("ReplicationConfiguration");
        YamlMap rule = (YamlMap) ((YamlList) config.get("Rules")).get(0);
        assertThat(config.get("Role")).isEqualTo(Fn.getAtt("BucketSitesReplicationRole", "Arn"));
        assertThat(rule.get("Destination")).isEqualTo(YamlMap.of(
                "Bucket", Fn.sub("arn:${AWS::Partition}:s3:::site-builder-sites-prod-replica"), "StorageClass", "STANDARD"));
        assertThat(rule.get("DeleteMarkerReplication")).isEqualTo(YamlMap.of("Status", "Enabled"));
        assertThat(rule.containsKey("SourceSelectionCriteria")).as("SSE-S3 objects replicate without it").isFalse();
        assertThat(t.resource("BucketSites").dependencies()).contains("BucketSitesReplicationRolePolicy");
        assertThat(CloudFormationExamples.templates("site-builder").get("dev").resource("BucketSitesReplicationRole")).isNull();
    }

    @Test
    void givenBucketsUnderKms_whenReplicated_thenTheRuleSelectsSseKmsObjectsIntoTheReplicasKeyAndTheRoleMayUseBothKeysViaS3Only() {
        Stack prod = replicaStacks().get("prod");
        Template t = prod.template();

        YamlMap media = rule(t, "BucketMedia");
        YamlMap vault = rule(t, "BucketVault");
        Template central = prod.replicas().get("eu-central-1");

        assertThat(media.get("SourceSelectionCriteria")).isEqualTo(YamlMap.of("SseKmsEncryptedObjects", YamlMap.of("Status", "Enabled")));
        assertThat(((YamlMap) media.get("Destination")).get("EncryptionConfiguration")).isEqualTo(YamlMap.of("ReplicaKmsKeyID",
                Fn.sub("arn:${AWS::Partition}:kms:us-east-1:${AWS::AccountId}:alias/aws/s3")));
        assertThat(((YamlMap) vault.get("Destination")).get("StorageClass")).isEqualTo("STANDARD_IA");
        assertThat(((YamlMap) vault.get("Destination")).get("EncryptionConfiguration")).isEqualTo(YamlMap.of("ReplicaKmsKeyID",
                Fn.sub("arn:${AWS::Partition}:kms:eu-central-1:${AWS::AccountId}:alias/replicas-vault-prod-replica-123456789012")));
        assertThat(central.resource("BucketVaultReplicaKeyAlias").properties().get("AliasName"))
                .isEqualTo("alias/replicas-vault-prod-replica-123456789012");
        Set<String> vaultKey = new TreeSet<>();
        collectGetAtts(central.resource("BucketVaultReplica").properties(), vaultKey);
        assertThat(vaultKey).containsExactly("BucketVaultReplicaKey.Arn");
        assertThat(prod.replicas().get("us-east-1").resource("BucketMediaReplica").properties().toString()).contains("aws:kms");

        YamlList statements = (YamlList) ((YamlMap) t.resource("BucketVaultReplicationRolePolicy").properties()
                .get("PolicyDocument")).get("Statement");
        List<String> sids = statements.items().stream().map(s -> (String) ((YamlMap) s).get("Sid")).toList();
        assertThat(sids).isEqualTo(Stream.concat(S3Replication.ROLE.stream(), S3Replication.KMS.stream())
                .map(S3Replication.Statement::sid).toList());
        YamlMap sourceKey = (YamlMap) statements.get(3);
        YamlMap replicaKey = (YamlMap) statements.get(4);
        assertThat(sourceKey.get("Resource")).isEqualTo(YamlList.of(Fn.getAtt("BucketVaultKey", "Arn")));
        assertThat(sourceKey.get("Action")).isEqualTo(YamlList.of("kms:Decrypt"));
        assertThat(replicaKey.get("Action")).isEqualTo(YamlList.of("kms:Encrypt"));
        assertThat(((YamlMap) ((YamlMap) replicaKey.get("Condition")).get("StringEquals")).get("kms:ViaService"))
                .isEqualTo("s3.eu-central-1.amazonaws.com");
        // SSE-S3: the shared statements alone
        assertThat(((YamlList) ((YamlMap) t.resource("BucketAssetsReplicationRolePolicy").properties().get("PolicyDocument"))
                .get("Statement")).size()).isEqualTo(S3Replication.ROLE.size());
    }

    private static YamlMap rule(Template t, String bucket) {
        YamlMap config = (YamlMap) t.resource(bucket).properties().get("ReplicationConfiguration");
        return (YamlMap) ((YamlList) config.get("Rules")).get(0);
    }

    @Test
    void givenTheTarget_thenReplicasAndReplicationAreDeclaredRendered() {
        assertThat(CloudFormationRendering.DECLARED.renders("tables.*.replicas")).isTrue();
        assertThat(CloudFormationRendering.DECLARED.renders("buckets.*.replication.region")).isTrue();
        assertThat(CloudFormationRendering.DECLARED.renders("buckets.*.replication.storage-class")).isTrue();
    }

    @Test
    void givenTheReplicasSpec_whenSynthesized_thenEachEnvironmentWritesAReplicaStackPerRegionWithItsThreeFiles() {
        ResolvedSpec spec = Pipeline.resolve(Pipeline.read(CloudFormationValidatorsTest.REPLICAS, "replicas.yaml"));
        List<String> paths = new CloudFormationTarget().synth(new SynthContext(spec, spec.environments(), Optional.empty()))
                .stream().map(Artifact::path).toList();

        for (String env : List.of("dev", "prod")) {
            for (String region : List.of("eu-central-1", "us-east-1")) {
                for (String file : List.of("template.yaml", "parameters.json", "tags.json")) {
                    assertThat(paths).contains(env + "/replica-" + region + "/" + file);
                }
            }
        }
    }
}
