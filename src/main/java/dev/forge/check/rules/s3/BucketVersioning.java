package dev.forge.check.rules.s3;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.BucketSpec;
import java.util.List;

/** FORGE-S3-002: buckets keep object versions (seed 004). */
public final class BucketVersioning implements ResourceRule<BucketSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-S3-002", Levels.always(Severity.ERROR),
            "Buckets keep every object version",
            "Versioning keeps every version of every object, so an overwrite or a delete (by a bug, a person "
                    + "or ransomware) can be undone; replication needs it too.",
            "Remove `versioning: false` (it defaults to true).",
            List.of("checkov CKV_AWS_21", "AWS FSBP S3.14", "seed 004 (versioning)"));

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
        return Result.require(Boolean.TRUE.equals(r.spec().versioning()), "versioning",
                r.who() + " keeps no object versions ('versioning: false')");
    }

    @Override
    public List<String> reads() {
        return List.of("versioning");
    }
}
