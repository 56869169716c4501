package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.BucketSpec;
import dev.forge.model.Encryption;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.platform.aws.AwsDefaults;
import dev.forge.platform.aws.IamPolicies;
import dev.forge.platform.aws.S3Replication;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Cross-region replication of a bucket ({@code buckets.*.replication}), as terraform-aws's s3 module renders it. The
 * replica bucket lives in the replica region, so in the environment's replica stack there
 * ({@link Stack#replica}, deployed first): {@code <id>Replica}, named {@code naming.replicaBucket}, private, versioned,
 * encrypted and with the lifecycle rules of its source (versions the source expires would otherwise pile up in the
 * replica for ever), refusing plain HTTP ({@code <id>ReplicaPolicy}), kept like its source. This stack names it by
 * its ARN, computed from that deterministic name, and adds the role S3 assumes ({@code <id>ReplicationRole}, with
 * exactly the statements of {@link S3Replication#ROLE} on the two buckets, in {@code <id>ReplicationRolePolicy}) and
 * the source bucket's {@code ReplicationConfiguration}: every object and delete marker, in the spec's storage class.
 *
 * <p>A bucket encrypted with KMS has a replica encrypted the same way: under the replica region's {@code aws/s3} key,
 * or, for {@code customer-kms}, its own key {@code <id>ReplicaKey} (alias {@code alias/<replica bucket>}) in the
 * replica stack. The rule then selects SSE-KMS objects (S3 skips them otherwise) and names the replica's key by its
 * alias ARN, and the role also holds {@link S3Replication#KMS}: decrypt under the source's key, encrypt under the
 * replica's, each held to S3 in that region and to that bucket's objects (a key's ARN in another stack is not
 * known here, so the key is any key of that region and account, narrowed by the conditions). terraform-aws does not
 * make these decisions yet (its replica is SSE-S3, and SSE-KMS objects are not replicated).
 */
final class BucketReplicationPart implements Part {

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().buckets()).forEach((name, b) -> {
            if (b.replication() != null) {
                replicate(stack, name, b);
            }
        });
    }

    private static void replicate(Stack stack, String name, BucketSpec spec) {
        Ref ref = new Ref(Kind.BUCKET, name);
        String id = Stack.logicalId(ref);
        String region = spec.replication().region();
        String source = stack.physicalName(Kind.BUCKET, name);
        String replica = stack.env().naming().replicaBucket(name);
        AwsDefaults.BucketSettings settings = AwsDefaults.bucket(spec);

        // the replica stack: the replica bucket and its policy
        Template rt = stack.replica(region);
        YamlMap p = YamlMap.of("BucketName", replica);
        Object replicaKey = null; // the alias ARN of the replica's key, null for SSE-S3
        if (spec.encryption() == Encryption.CUSTOMER_KMS) {
            replicaKey = Fn.sub("arn:${AWS::Partition}:kms:" + region + ":${AWS::AccountId}:alias/" + replica);
            Resource key = rt.add(id + "ReplicaKey", "AWS::KMS::Key", YamlMap.of(
                    "Description", "S3 bucket " + replica,
                    "EnableKeyRotation", true, // FORGE rule: customer keys rotate
                    "PendingWindowInDays", 30,
                    "KeyPolicy", DataKeys.policy()));
            key.keep(stack.production() ? Resource.Policy.Retain : Resource.Policy.Delete);
            rt.add(id + "ReplicaKeyAlias", "AWS::KMS::Alias", YamlMap.of("AliasName", "alias/" + replica,
                    "TargetKeyId", Fn.ref(id + "ReplicaKey")));
        } else if (spec.encryption() == Encryption.KMS) {
            replicaKey = Fn.sub("arn:${AWS::Partition}:kms:" + region + ":${AWS::AccountId}:alias/aws/s3");
        }
        // replication needs versioning on both sides
        BucketsPart.privateStorage(p, true, spec.encryption(), spec.encryption() == Encryption.CUSTOMER_KMS
                ? Fn.getAtt(id + "ReplicaKey", "Arn") : null);
        BucketsPart.lifecycle(p, spec);
        Resource bucket = rt.add(id + "Replica", "AWS::S3::Bucket", p);
        bucket.keep(stack.production() || settings.deletionProtection() ? Resource.Policy.Retain : Resource.Policy.Delete);
        BucketsPart.suppress(bucket, spec, true, false);
        rt.add(id + "ReplicaPolicy", "AWS::S3::BucketPolicy", YamlMap.of("Bucket", Fn.ref(id + "Replica"),
                "PolicyDocument", YamlMap.of("Version", "2012-10-17",
                        "Statement", YamlList.of(BucketsPart.denyInsecureTransport(id + "Replica")))));
        rt.output(id + "ReplicaName", "Name of the replica of bucket " + name, Fn.ref(id + "Replica"), null);
        rt.output(id + "ReplicaArn", "ARN of the replica of bucket " + name, Fn.getAtt(id + "Replica", "Arn"), null);

        // this stack: the role S3 assumes, then the source bucket's replication configuration. Both buckets are named
        // by ARNs built from their names, so that the bucket can wait for the role's policy without a cycle.
        Object sourceArn = Fn.sub("arn:${AWS::Partition}:s3:::" + source);
        Object replicaArn = Fn.sub("arn:${AWS::Partition}:s3:::" + replica);
        Template t = stack.template();
        t.add(id + "ReplicationRole", "AWS::IAM::Role", YamlMap.of(
                "RoleName", Names.fit(source + "-replication", 64),
                "Description", "Replication of bucket " + name + " into " + replica + " (" + region + ")",
                "AssumeRolePolicyDocument", YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(YamlMap.of(
                        "Sid", S3Replication.TRUST_SID, "Effect", "Allow",
                        "Principal", YamlMap.of("Service", "s3.amazonaws.com"),
                        "Action", "sts:AssumeRole")))));
        YamlList statements = new YamlList();
        List<S3Replication.Statement> role = new ArrayList<>(S3Replication.ROLE);
        if (replicaKey != null) {
            role.addAll(S3Replication.KMS);
        }
        for (S3Replication.Statement s : role) {
            Object on = switch (s.on()) {
                case SOURCE_BUCKET -> sourceArn;
                case SOURCE_OBJECTS -> Fn.sub("arn:${AWS::Partition}:s3:::" + source + "/*");
                case REPLICA_OBJECTS -> Fn.sub("arn:${AWS::Partition}:s3:::" + replica + "/*");
                case SOURCE_KEY -> spec.encryption() == Encryption.CUSTOMER_KMS ? Fn.getAtt(id + "Key", "Arn")
                        : Fn.sub("arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/*");
                case REPLICA_KEY -> Fn.sub("arn:${AWS::Partition}:kms:" + region + ":${AWS::AccountId}:key/*");
            };
            YamlMap st = YamlMap.of("Sid", s.sid(), "Effect", "Allow", "Action", YamlList.copyOf(s.actions()),
                    "Resource", YamlList.of(on));
            if (s.on() == S3Replication.On.SOURCE_KEY || s.on() == S3Replication.On.REPLICA_KEY) {
                boolean src = s.on() == S3Replication.On.SOURCE_KEY;
                String bucketName = src ? source : replica;
                // S3 uses the key for this bucket's objects only: the object's ARN, or the bucket's with an S3 Bucket Key
                st.put("Condition", YamlMap.of(
                        "StringEquals", YamlMap.of("kms:ViaService", src
                                ? Fn.sub("s3.${AWS::Region}.amazonaws.com") : IamPolicies.viaService("s3", region)),
                        "StringLike", YamlMap.of("kms:EncryptionContext:aws:s3:arn", YamlList.of(
                                Fn.sub("arn:${AWS::Partition}:s3:::" + bucketName),
                                Fn.sub("arn:${AWS::Partition}:s3:::" + bucketName + "/*")))));
            }
            statements.add(st);
        }
        t.add(id + "ReplicationRolePolicy", "AWS::IAM::Policy", YamlMap.of(
                "PolicyName", source + "-replication",
                "Roles", YamlList.of(Fn.ref(id + "ReplicationRole")),
                "PolicyDocument", YamlMap.of("Version", "2012-10-17", "Statement", statements)));
        YamlMap destination = YamlMap.of("Bucket", replicaArn, "StorageClass", spec.replication().storageClass().spelling());
        YamlMap rule = YamlMap.of("Id", S3Replication.RULE_ID, "Status", "Enabled", "Filter", YamlMap.of("Prefix", ""),
                "DeleteMarkerReplication", YamlMap.of("Status", "Enabled"));
        if (replicaKey != null) {
            // S3 replicates SSE-KMS objects only when the rule selects them, into the replica's key
            rule.put("SourceSelectionCriteria", YamlMap.of("SseKmsEncryptedObjects", YamlMap.of("Status", "Enabled")));
            destination.put("EncryptionConfiguration", YamlMap.of("ReplicaKmsKeyID", replicaKey));
        }
        rule.put("Destination", destination);
        Resource sourceBucket = t.resource(id);
        sourceBucket.properties().put("ReplicationConfiguration", YamlMap.of(
                "Role", Fn.getAtt(id + "ReplicationRole", "Arn"),
                "Rules", YamlList.of(rule)));
        // S3 starts replicating as soon as the configuration is set: by then the role must hold its statements
        sourceBucket.dependsOn(id + "ReplicationRolePolicy");
        t.output(id + "ReplicaName", "Name of the replica of bucket " + name + " (in " + region + ")", replica, null);
        stack.note("Bucket `" + name + "` replicates into `" + replica + "` in " + region + ": deploy the replica stack"
                + " (`" + stack.env().name() + "/replica-" + region + "/`) first; this stack refers to that bucket by name.");
    }
}
