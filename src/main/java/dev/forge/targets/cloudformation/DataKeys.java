package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;

/** The customer-managed KMS key of a database or cache ({@code <id>Key}) and its alias. */
final class DataKeys {

    /**
     * What the account (its IAM policies) may do with the key: every action that applies to a symmetric encryption
     * key, named one by one rather than {@code kms:*} (no wildcard action anywhere): administer it, so that the
     * stack can still update the policy, and use it (RDS and ElastiCache use it through grants of the caller).
     */
    static final java.util.List<String> ACCOUNT_ACTIONS = java.util.List.of("kms:CancelKeyDeletion", "kms:CreateAlias",
            "kms:CreateGrant", "kms:Decrypt", "kms:DeleteAlias", "kms:DescribeKey", "kms:DisableKey",
            "kms:DisableKeyRotation", "kms:EnableKey", "kms:EnableKeyRotation", "kms:Encrypt", "kms:GenerateDataKey",
            "kms:GenerateDataKeyWithoutPlaintext", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListGrants",
            "kms:ListKeyPolicies", "kms:ListKeyRotations", "kms:ListResourceTags", "kms:PutKeyPolicy", "kms:ReEncryptFrom",
            "kms:ReEncryptTo", "kms:RetireGrant", "kms:RevokeGrant", "kms:RotateKeyOnDemand", "kms:ScheduleKeyDeletion",
            "kms:TagResource", "kms:UntagResource", "kms:UpdateAlias", "kms:UpdateKeyDescription");

    private DataKeys() {
    }

    /**
     * Adds {@code id} (unless a part before added it) with yearly rotation and a 30-day deletion window. Its key policy
     * lets the account's IAM policies decide who uses the key, as AWS's default policy (terraform-aws's keys) does.
     * Kept like the data it encrypts (a retained snapshot is unreadable without it).
     */
    static void add(Stack stack, String id, String description, String alias) {
        Template t = stack.template();
        if (t.has(id)) {
            return;
        }
        Resource key = t.add(id, "AWS::KMS::Key", YamlMap.of("Description", description, "EnableKeyRotation", true,
                "PendingWindowInDays", 30, "KeyPolicy", policy()));
        t.add(id + "Alias", "AWS::KMS::Alias", YamlMap.of("AliasName", alias, "TargetKeyId", Fn.ref(id)));
        if (stack.production()) {
            key.keep(Resource.Policy.Retain);
        }
    }

    /**
     * The key policy of every customer-managed key of the target: the account's IAM policies decide who uses the key
     * (AWS's default policy, with the actions named), and grants only for AWS services acting for the account.
     */
    static YamlMap policy() {
        return YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(YamlMap.of(
                "Sid", "EnableIamPolicies", "Effect", "Allow",
                "Principal", YamlMap.of("AWS", Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")),
                "Action", YamlList.copyOf(ACCOUNT_ACTIONS),
                "Resource", "*"), // in a key policy "*" is the key itself
                // grants only for AWS services acting for the account (RDS, ElastiCache): CT.KMS.PR.3
                YamlMap.of("Sid", "DenyGrantsOutsideAwsServices", "Effect", "Deny", "Principal", YamlMap.of("AWS", "*"),
                        "Action", YamlList.of("kms:CreateGrant"), "Resource", "*",
                        "Condition", YamlMap.of("BoolIfExists", YamlMap.of("kms:GrantIsForAWSResource", "false",
                                "aws:PrincipalIsAWSService", "false")))));
    }
}
