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
import java.util.List;

/** FORGE-EC-002: multi-AZ caches in production. */
public final class CacheMultiAz implements ResourceRule<CacheSpec>, ReadsEmittedSetting {

    private static final EmittedSetting EMITTED = new EmittedSetting("aws_elasticache_replication_group", "elasticache",
            java.util.List.of(EmittedSetting.isTrue("multi_az_enabled", "multi_az"),
                    EmittedSetting.isTrue("automatic_failover_enabled", null),
                    EmittedSetting.atLeast("num_cache_clusters", "num_cache_clusters", 2)));

    static final RuleInfo INFO = new RuleInfo("FORGE-EC-002", Levels.prod(Severity.ERROR, Severity.INFO),
            "Production caches fail over to a replica in another zone",
            "With automatic failover across zones and at least one replica, losing a node or a zone costs "
                    + "seconds; a single node loses the cache and everything queued in it.",
            "Remove `multi-az: false` and keep `nodes` at 2 or more (the production defaults).",
            List.of("AWS FSBP ElastiCache.3", "seed 003 (multi-AZ for production)"));

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
        boolean ok = Boolean.TRUE.equals(r.spec().multiAz()) && r.spec().nodes() != null && r.spec().nodes() >= 2;
        return Result.require(ok, Boolean.TRUE.equals(r.spec().multiAz()) ? "nodes" : "multi-az", r.who()
                + " has no automatic failover to another zone (multi-az '" + r.spec().multiAz() + "', nodes '" + r.spec().nodes() + "')");
    }

    @Override
    public List<String> reads() {
        return List.of("multi-az");
    }

    /** The emitted Terraform: the module's resource sets it, and every environment's call gives it a compliant value. */
    @Override
    public EmittedSetting emitted() {
        return EMITTED;
    }
}
