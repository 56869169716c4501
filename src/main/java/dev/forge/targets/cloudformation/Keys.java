package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Encryption;
import dev.forge.model.Ref;

/**
 * Customer-managed KMS keys ({@code encryption: customer-kms}): one key per resource, {@code <id>Key}, with yearly
 * rotation and a 30-day deletion window (what terraform-aws creates). Its key policy is {@link DataKeys#policy}: the
 * account's IAM policies decide, as KMS's default policy (Terraform's {@code aws_kms_key}) does, with the actions named
 * and grants only for AWS services (CT.KMS.PR.3, which a key with no policy fails).
 */
final class Keys {

    private Keys() {
    }

    /** Adds {@code <id>Key} when {@code encryption} is customer-kms and returns its ARN, else null. */
    static Object customerKey(Stack stack, Ref ref, Encryption encryption, String what) {
        if (encryption != Encryption.CUSTOMER_KMS) {
            return null;
        }
        String id = Stack.logicalId(ref, "Key");
        Resource key = stack.template().add(id, "AWS::KMS::Key", YamlMap.of(
                "Description", what + " " + stack.physicalName(ref.kind(), ref.name()),
                "EnableKeyRotation", true, // FORGE rule: customer keys rotate
                "PendingWindowInDays", 30,
                "KeyPolicy", DataKeys.policy()));
        Data.keep(stack, key);
        return Fn.getAtt(id, "Arn");
    }

    /** The key ID or alias for a resource encrypted with {@code encryption} through SSE-KMS, or null for the service's own key. */
    static Object kmsKeyId(Stack stack, Ref ref, Encryption encryption, String awsAlias, String what) {
        return switch (encryption) {
            case MANAGED -> null;
            case KMS -> awsAlias;
            case CUSTOMER_KMS -> customerKey(stack, ref, encryption, what);
        };
    }
}
