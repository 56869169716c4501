package dev.forge.check.rules.terraform;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-EC-001: emitted caches are encrypted. */
public final class CacheEncryption extends TfRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-EC-001", Levels.always(Severity.ERROR),
            "Caches are encrypted at rest and in transit",
            "Redis holds sessions, queues and cached records; at-rest encryption protects its disks and "
                    + "snapshots, in-transit encryption (TLS) its traffic. Both can only be chosen when the cache is "
                    + "created.",
            "This is Forge's guarantee: a target emitted a cache without encryption. Report it.",
            List.of("checkov CKV_AWS_29", "checkov CKV_AWS_30", "AWS FSBP ElastiCache.4", "AWS FSBP ElastiCache.5"));

    public CacheEncryption() {
        super("aws_elasticache_replication_group", dev.forge.model.Kind.CACHE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<Violation> check(ParsedArtifact a, HclBlock r) {
        for (String flag : List.of("at_rest_encryption_enabled", "transit_encryption_enabled")) {
            if (!Tf.is(r, flag, "true")) {
                return Optional.of(Tf.at(r, flag, r.address() + " does not set " + flag + " = true"));
            }
        }
        return Optional.empty();
    }
}
