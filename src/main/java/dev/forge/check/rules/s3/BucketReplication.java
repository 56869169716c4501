package dev.forge.check.rules.s3;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.BucketSpec;
import java.util.List;

/** FORGE-S3-005: production buckets replicate to another region. */
public final class BucketReplication implements ResourceRule<BucketSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-S3-005", Levels.prod(Severity.WARNING, Severity.INFO),
            "Production buckets replicate to another region",
            "Cross-region replication keeps a copy of every object in a second region, for disaster recovery "
                    + "and for regional outages.",
            "Add `replication: REGION` for the production environment (under `environments: { prod: ... }`).",
            List.of("checkov CKV_AWS_144", "AWS FSBP S3.7", "seed 004 (CRR for prod)"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<BucketSpec> type() {
        return BucketSpec.class;
    }

    @Override
    public Result check(Subject<BucketSpec> r) {
        return Result.require(r.spec().replication() != null, "replication",
                r.who() + " is not replicated to another region");
    }

    @Override
    public List<String> reads() {
        return List.of("replication.region");
    }
}
