package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.BucketSpec;
import dev.forge.model.Encryption;
import dev.forge.model.Kind;
import dev.forge.model.LifecycleRule;
import dev.forge.model.Ref;
import dev.forge.platform.aws.AwsDefaults;
import java.util.List;
import java.util.TreeMap;

/**
 * Buckets: {@code AWS::S3::Bucket}, private (all four public access block flags, ACLs disabled), versioned as the
 * spec says, encrypted (SSE-S3, the AWS-managed KMS key or a customer key {@code <id>Key}), CORS and lifecycle rules;
 * {@code <id>Policy} refuses plain HTTP and, with a CDN, lets the distribution read; the CDN itself is
 * {@link BucketCdn}. As terraform-aws's s3 module; cross-region replication is {@link BucketReplicationPart}.
 */
final class BucketsPart implements Part {

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().buckets()).forEach((name, b) -> bucket(stack, name, b));
    }

    private static void bucket(Stack stack, String name, BucketSpec spec) {
        Ref ref = new Ref(Kind.BUCKET, name);
        String id = Stack.logicalId(ref);
        AwsDefaults.BucketSettings settings = AwsDefaults.bucket(spec);
        YamlMap p = YamlMap.of("BucketName", stack.physicalName(Kind.BUCKET, name));
        privateStorage(p, settings.versioning(), spec.encryption(), Keys.customerKey(stack, ref, spec.encryption(), "S3 bucket"));
        if (spec.cors() != null) {
            p.put("CorsConfiguration", YamlMap.of("CorsRules", YamlList.of(YamlMap.of(
                    "AllowedOrigins", YamlList.copyOf(spec.cors().origins()),
                    "AllowedMethods", YamlList.copyOf(spec.cors().methods().stream().filter(m -> !m.equals("OPTIONS")).toList()),
                    "AllowedHeaders", YamlList.copyOf(spec.cors().headers()),
                    "MaxAge", (int) spec.cors().maxAge().seconds()))));
        }
        lifecycle(p, spec);
        Resource bucket = stack.template().add(id, "AWS::S3::Bucket", p);
        // deletion protection: the bucket outlives the stack (CloudFormation never empties a bucket it deletes)
        if (stack.production() || settings.deletionProtection()) {
            bucket.keep(Resource.Policy.Retain);
        } else {
            bucket.keep(Resource.Policy.Delete);
        }
        suppress(bucket, spec, settings.versioning(), stack.env().spec().functions().values().stream().anyMatch(f ->
                f.triggers() != null && f.triggers().stream().anyMatch(t -> name.equals(t.bucket()))));
        boolean cdn = spec.cdn() != null && Boolean.TRUE.equals(spec.cdn().enabled());
        YamlList statements = YamlList.of(denyInsecureTransport(id));
        if (cdn) {
            statements.add(BucketCdn.readStatement(id));
        }
        // FORGE rule: buckets refuse requests without TLS
        stack.template().add(id + "Policy", "AWS::S3::BucketPolicy", YamlMap.of("Bucket", Fn.ref(id),
                "PolicyDocument", YamlMap.of("Version", "2012-10-17", "Statement", statements)));
        stack.template().output(id + "Name", "Name of bucket " + name, Fn.ref(id), null);
        if (cdn) {
            BucketCdn.add(stack, ref, spec.cdn());
        }
    }

    /**
     * What every bucket of the target has, a replica too: all four public access block flags, ACLs disabled,
     * versioning, and encryption at rest (SSE-S3, or SSE-KMS under {@code key}: null for the AWS-managed key).
     */
    static void privateStorage(YamlMap p, boolean versioning, Encryption encryption, Object key) {
        // FORGE rule: buckets never public
        p.put("PublicAccessBlockConfiguration", YamlMap.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                "IgnorePublicAcls", true, "RestrictPublicBuckets", true));
        p.put("OwnershipControls", YamlMap.of("Rules", YamlList.of(YamlMap.of("ObjectOwnership", "BucketOwnerEnforced"))));
        p.put("VersioningConfiguration", YamlMap.of("Status", versioning ? "Enabled" : "Suspended"));
        // FORGE rule: buckets encrypted at rest
        YamlMap byDefault = YamlMap.of("SSEAlgorithm", encryption == Encryption.MANAGED ? "AES256" : "aws:kms");
        byDefault.put("KMSMasterKeyID", key);
        p.put("BucketEncryption", YamlMap.of("ServerSideEncryptionConfiguration", YamlList.of(YamlMap.of(
                "BucketKeyEnabled", encryption != Encryption.MANAGED,
                "ServerSideEncryptionByDefault", byDefault))));
    }

    /** The spec's lifecycle rules, numbered {@code rule-1} ... (a replica keeps the same ones). */
    static void lifecycle(YamlMap p, BucketSpec spec) {
        if (spec.lifecycle() != null && !spec.lifecycle().isEmpty()) {
            YamlList rules = new YamlList();
            for (int i = 0; i < spec.lifecycle().size(); i++) {
                rules.add(rule(i, spec.lifecycle().get(i)));
            }
            p.put("LifecycleConfiguration", YamlMap.of("Rules", rules));
        }
    }

    /** The bucket policy's statement refusing plain HTTP (FORGE rule: buckets refuse requests without TLS). */
    static YamlMap denyInsecureTransport(String id) {
        return YamlMap.of(
                "Sid", "DenyInsecureTransport", "Effect", "Deny", "Principal", "*", "Action", "s3:*",
                "Resource", YamlList.of(Fn.getAtt(id, "Arn"), Fn.join("", List.of(Fn.getAtt(id, "Arn"), "/*"))),
                "Condition", YamlMap.of("Bool", YamlMap.of("aws:SecureTransport", "false")));
    }

    /** The Control Tower rules a bucket of this spec is exempt from, each with its reason. */
    static void suppress(Resource bucket, BucketSpec spec, boolean versioning, boolean notified) {
        bucket.suppressGuard("s3_bucket_logging_enabled_check", "CT.S3.PR.2: server access logs are not part of the spec"
                        + " (CloudTrail data events are the account's choice)")
                .suppressGuard("s3_bucket_object_lock_enabled_check", "CT.S3.PR.13: object lock would make every object"
                        + " undeletable for its retention; the spec asks for none");
        if (!notified) {
            bucket.suppressGuard("s3_event_notifications_enabled_check", "CT.S3.PR.9: no function of the spec runs on"
                    + " this bucket's object events, so there is nothing to notify");
        }
        if (spec.encryption() == Encryption.MANAGED) {
            bucket.suppressGuard("s3_bucket_default_encryption_kms_check", "CT.S3.PR.10: the spec asks for"
                    + " `encryption: managed` (SSE-S3)");
        }
        if (!versioning) {
            bucket.suppressGuard("s3_bucket_versioning_enabled_check", "CT.S3.PR.11: the spec turns versioning off"
                    + " (`versioning: false`)");
        }
        if (spec.lifecycle() == null || spec.lifecycle().isEmpty()) {
            bucket.suppressGuard("s3_lifecycle_policy_check", "CT.S3.PR.14: the spec declares no lifecycle rules for"
                    + " this bucket");
            if (versioning) {
                bucket.suppressGuard("s3_version_lifecycle_policy_check", "CT.S3.PR.15: the spec declares no lifecycle"
                        + " rules for this bucket");
            }
        }
    }

    private static YamlMap rule(int i, LifecycleRule r) {
        YamlMap m = YamlMap.of("Id", "rule-" + (i + 1), "Status", "Enabled", "Prefix", r.prefix() == null ? "" : r.prefix());
        if (r.expireAfter() != null) {
            m.put("ExpirationInDays", (int) r.expireAfter().days());
        }
        if (r.noncurrentExpireAfter() != null) {
            m.put("NoncurrentVersionExpiration", YamlMap.of("NoncurrentDays", (int) r.noncurrentExpireAfter().days()));
        }
        if (r.transition() != null) {
            m.put("Transitions", YamlList.of(YamlMap.of("TransitionInDays", (int) r.transition().after().days(),
                    "StorageClass", r.transition().storageClass().spelling())));
        }
        m.put("AbortIncompleteMultipartUpload", YamlMap.of("DaysAfterInitiation", (int) r.abortUploadsAfter().days()));
        return m;
    }
}
