package dev.forge.check.rules.terraform;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-EC-004: emitted caches require authentication, with no token or password in Terraform. */
public final class CacheIamAuth extends TfRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-EC-004", Levels.always(Severity.ERROR),
            "Caches require authentication, and no cache password passes through Terraform",
            "A replication group without a user group accepts every connection that reaches it. An auth_token (or an "
                    + "ElastiCache user's passwords) would be stored in the Terraform state in clear text, and provider "
                    + "6.25 has no write-only form of it; terraform-aws gives each cache a user group whose default user "
                    + "is switched off and whose one user authenticates with IAM (elasticache:Connect), so no secret exists.",
            "This is Forge's guarantee: a target emitted a cache with an auth token or without IAM authentication."
                    + " Report it.",
            List.of("AWS FSBP ElastiCache.6 (auth for Redis)", "checkov CKV_AWS_31"));

    public CacheIamAuth() {
        super("aws_elasticache_replication_group", dev.forge.model.Kind.CACHE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<Violation> check(ParsedArtifact a, HclBlock r) {
        if (r.attribute("auth_token").isPresent()) {
            return Optional.of(Tf.at(r, "auth_token", r.address() + " sets auth_token (kept in the Terraform state)"));
        }
        var groups = r.attribute("user_group_ids").map(v -> Tf.resources(a, "aws_elasticache_user_group").stream()
                .filter(g -> Tf.refersTo(v.value(), g)).toList()).orElse(List.of());
        if (groups.isEmpty()) {
            return Optional.of(Tf.at(r, "user_group_ids", r.address() + " names no aws_elasticache_user_group of this"
                    + " module (connections need no authentication)"));
        }
        for (HclBlock user : Tf.resources(a, "aws_elasticache_user")) {
            if (!groups.get(0).attribute("user_ids").map(v -> Tf.refersTo(v.value(), user)).orElse(false)) {
                continue;
            }
            boolean off = user.attribute("access_string").map(v -> v.unquoted().startsWith("off")).orElse(false);
            boolean iam = user.blocks("authentication_mode").stream().anyMatch(m -> Tf.is(m, "type", "iam"));
            if (user.attribute("passwords").isPresent() || !off && !iam) {
                return Optional.of(Tf.at(user, user.address() + " of the cache's user group is neither switched off"
                        + " nor authenticated with IAM"));
            }
        }
        return Optional.empty();
    }
}
