package dev.forge.targets.gcp.terraform;

import dev.forge.model.CacheSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.StorageClass;
import java.util.Locale;

/**
 * How the spec's cloud-neutral (often AWS-flavoured) sizes read on Google Cloud: Cloud SQL tiers, Memorystore
 * sizes, engine versions, storage classes. Each mapping takes the nearest Google offer; the doc lists them.
 */
final class Mappings {

    private Mappings() {
    }

    /** POSTGRES_<major> from "16", "16.4" or nothing (16). */
    static String postgresVersion(DatabaseSpec d) {
        String v = d.version() == null ? "16" : d.version();
        return "POSTGRES_" + v.split("\\.")[0];
    }

    /**
     * The Cloud SQL tier: a {@code db-...} tier as written; an RDS-style class by its size (micro and small are Google's
     * shared-core tiers, medium and up dedicated cores with 3.75 GB per vCPU); none: shared-core outside production,
     * 2 vCPU in production.
     */
    static String sqlTier(DatabaseSpec d, boolean production) {
        String i = d.instance();
        if (i == null) {
            return production ? "db-custom-2-7680" : "db-f1-micro";
        }
        if (i.startsWith("db-") && !i.startsWith("db.")) {
            return i;
        }
        String size = i.substring(i.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (size) {
            case "micro" -> "db-f1-micro";
            case "small" -> "db-g1-small";
            case "medium" -> "db-custom-1-3840";
            case "large" -> "db-custom-2-7680";
            case "xlarge" -> "db-custom-4-15360";
            case "2xlarge" -> "db-custom-8-30720";
            case "4xlarge" -> "db-custom-16-61440";
            default -> "db-custom-2-7680";
        };
    }

    /** Memorystore size in GB from an ElastiCache-style node type (the nearest size at or above its memory). */
    static int redisMemoryGb(CacheSpec c) {
        String n = c.node() == null ? "micro" : c.node();
        String size = n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (size) {
            case "micro", "small" -> 1;
            case "medium" -> 4;
            case "large" -> 8;
            case "xlarge" -> 16;
            case "2xlarge" -> 32;
            case "4xlarge" -> 64;
            default -> 1;
        };
    }

    /** REDIS_7_2, REDIS_7_0 or REDIS_6_X from "7.1", "7.0", "6.2" or nothing (7.2). */
    static String redisVersion(CacheSpec c) {
        String v = c.version() == null ? "7.2" : c.version();
        if (v.startsWith("6")) {
            return "REDIS_6_X";
        }
        return v.startsWith("7.0") ? "REDIS_7_0" : "REDIS_7_2";
    }

    /** The Cloud Storage class nearest to an S3 one (by minimum storage duration and access cost). */
    static String storageClass(StorageClass s) {
        return switch (s) {
            case STANDARD -> "STANDARD";
            case STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING -> "NEARLINE";
            case GLACIER_IR -> "COLDLINE";
            case GLACIER, DEEP_ARCHIVE -> "ARCHIVE";
        };
    }

    static long clamp(long v, long min, long max) {
        return Math.max(min, Math.min(max, v));
    }

    /** A Terraform label: the spec's name with '-' as '_'. */
    static String label(String name) {
        return name.replace('-', '_').replace('.', '_');
    }
}
