package dev.forge.check.rules.s3;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.diag.Severity;
import dev.forge.model.BucketSpec;
import java.util.List;

/** FORGE-S3-004: buckets refuse deletion in production. */
public final class BucketDeletionProtection implements ResourceRule<BucketSpec> {

    static final RuleInfo INFO = new RuleInfo("FORGE-S3-004", Levels.prod(Severity.ERROR, Severity.INFO),
            "Buckets refuse deletion in production",
            "A protected bucket is not emptied and deleted by `terraform destroy` (force_destroy stays false "
                    + "and the resource is guarded), so production objects survive a mistaken destroy or rename.",
            "Remove `deletion-protection: false` (it defaults to true in production).",
            List.of("Terraform lifecycle prevent_destroy"));

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
        return Result.require(Boolean.TRUE.equals(r.spec().deletionProtection()), "deletion-protection",
                r.who() + " can be deleted with its objects ('deletion-protection: false')");
    }

    @Override
    public List<String> reads() {
        return List.of("deletion-protection");
    }
}
