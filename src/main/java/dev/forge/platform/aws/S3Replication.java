package dev.forge.platform.aws;

import java.util.List;

/**
 * Cross-region replication of a bucket ({@code buckets.*.replication}), as both AWS targets render it: one rule
 * ({@link #RULE_ID}) replicating every object and delete marker into the replica bucket, and the role S3 assumes to do
 * it, holding exactly {@link #ROLE}: reading the source bucket's replication configuration and listing it, reading
 * its object versions (with their ACL and tags), and writing replicas, deletes and tags into the replica bucket's
 * objects. Nothing else: no {@code s3:*}, no other bucket.
 */
public final class S3Replication {

    /** The replication rule's ID. */
    public static final String RULE_ID = "replicate-all";

    /** The trust statement's sid (S3 assumes the role). */
    public static final String TRUST_SID = "TrustS3";

    /** What a statement of the role is on. */
    public enum On {
        /** The source bucket itself. */
        SOURCE_BUCKET,
        /** Every object of the source bucket ({@code <arn>/*}). */
        SOURCE_OBJECTS,
        /** Every object of the replica bucket ({@code <replica arn>/*}). */
        REPLICA_OBJECTS,
        /**
         * The source bucket's KMS key, used by S3 in the source region for the source bucket's objects only
         * ({@code kms:ViaService} and {@code kms:EncryptionContext:aws:s3:arn} conditions).
         */
        SOURCE_KEY,
        /** The replica bucket's KMS key, likewise held to S3 in the replica region and the replica's objects. */
        REPLICA_KEY
    }

    /** One statement of the replication role: its sid, its actions ({@link IamActions}) and what it is on. */
    public record Statement(String sid, List<String> actions, On on) {
        public Statement {
            actions = List.copyOf(actions);
        }
    }

    /** The replication role's statements, in order. */
    public static final List<Statement> ROLE = List.of(
            new Statement("SourceBucket", IamActions.REPLICATION_SOURCE_BUCKET, On.SOURCE_BUCKET),
            new Statement("SourceObjects", IamActions.REPLICATION_SOURCE_OBJECTS, On.SOURCE_OBJECTS),
            new Statement("ReplicaObjects", IamActions.REPLICATION_DESTINATION, On.REPLICA_OBJECTS));

    /**
     * What the role also holds when the bucket is encrypted with KMS ({@code kms} or {@code customer-kms}): S3 replicates
     * SSE-KMS objects only when the rule selects them ({@code SseKmsEncryptedObjects}) and names the replica's key.
     * terraform-aws does not render these yet: its replica bucket is SSE-S3 and its rule does not select SSE-KMS
     * objects, so it replicates only SSE-S3 ones.
     */
    public static final List<Statement> KMS = List.of(
            new Statement("SourceKey", IamActions.REPLICATION_SOURCE_KEY, On.SOURCE_KEY),
            new Statement("ReplicaKey", IamActions.REPLICATION_REPLICA_KEY, On.REPLICA_KEY));

    private S3Replication() {
    }
}
