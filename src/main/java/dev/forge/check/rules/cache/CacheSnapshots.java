package dev.forge.check.rules.cache;

import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.check.rules.terraform.EmittedSetting;
import dev.forge.check.rules.terraform.ReadsEmittedSetting;
import dev.forge.diag.Severity;
import dev.forge.model.CacheSpec;
import dev.forge.model.Duration;
import java.util.List;

/** FORGE-EC-003: cache snapshots kept. */
public final class CacheSnapshots implements ResourceRule<CacheSpec>, ReadsEmittedSetting {

    private static final EmittedSetting EMITTED = new EmittedSetting("aws_elasticache_replication_group", "elasticache",
            java.util.List.of(EmittedSetting.atLeast("snapshot_retention_limit", "snapshot_retention_limit", 1)));

    static final RuleInfo INFO = new RuleInfo("FORGE-EC-003", Levels.prod(Severity.ERROR, Severity.INFO),
            "Caches keep daily snapshots",
            "Snapshots let a Redis cache that holds state (queues, sessions) be restored after a failure; "
                    + "retention 0 keeps none.",
            "Set `snapshot-retention` to at least 1d (production defaults to 7d).",
            List.of("checkov CKV_AWS_134", "AWS FSBP ElastiCache.1"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<CacheSpec> type() {
        return CacheSpec.class;
    }

    @Override
    public Result check(Subject<CacheSpec> r) {
        Duration kept = r.spec().snapshotRetention();
        return Result.require(kept != null && kept.millis() > 0, "snapshot-retention",
                r.who() + " keeps no snapshots ('snapshot-retention: " + kept + "')");
    }

    @Override
    public List<String> reads() {
        return List.of("snapshot-retention");
    }

    /** The emitted Terraform: the module's resource sets it, and every environment's call gives it a compliant value. */
    @Override
    public EmittedSetting emitted() {
        return EMITTED;
    }
}
