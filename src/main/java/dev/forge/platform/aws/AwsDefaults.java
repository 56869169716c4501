package dev.forge.platform.aws;

import dev.forge.model.BucketSpec;
import dev.forge.model.CacheSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.StreamStart;
import dev.forge.model.TableSpec;
import dev.forge.model.TriggerSpec;
import dev.forge.resolve.ResolvedEnv;
import java.util.Arrays;

/**
 * The settings an AWS target applies to an environment's resources where the spec leaves a choice to the
 * platform: encryption-independent protections and retentions, each with the rule or reason that demands it. The
 * spec's per-environment values (a table's {@code pitr}, a database's {@code backup-retention} ...) are already
 * resolved for the environment; this class decides what an unset one means and what follows from production.
 * Shared by terraform-aws and cloudformation, so both deploy an environment with the same settings.
 */
public final class AwsDefaults {

    /** The retentions CloudWatch Logs accepts, in days, ascending. */
    public static final long[] LOG_RETENTIONS = {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096,
            1827, 2192, 2557, 2922, 3288, 3653};

    /** Two weeks: the longest SQS keeps a message, so a failure in a dead-letter queue is not lost before someone looks. */
    public static final long DEAD_LETTER_RETENTION_SECONDS = 1_209_600;

    /** Images an ECR repository keeps (older ones expire): enough to roll back several releases. */
    public static final int KEEP_IMAGES = 10;

    private final ResolvedEnv env;

    private AwsDefaults(ResolvedEnv env) {
        this.env = env;
    }

    public static AwsDefaults of(ResolvedEnv env) {
        return new AwsDefaults(env);
    }

    public boolean production() {
        return env.environment().production();
    }

    /** The smallest CloudWatch Logs retention at least {@code days} (the longest one past the last). */
    public static long logRetention(long days) {
        return Arrays.stream(LOG_RETENTIONS).filter(r -> r >= days).findFirst().orElse(LOG_RETENTIONS[LOG_RETENTIONS.length - 1]);
    }

    /**
     * Days every log group of the environment keeps its logs (functions, containers, API access logs, database
     * exports, flow logs, load-balancer access logs): the spec's {@code monitoring.log-retention}, as CloudWatch
     * offers it (FORGE rule: log retention set).
     */
    public long logRetentionDays() {
        return logRetention(env.spec().monitoring().logRetention().days());
    }

    /** Days a deleted Secrets Manager secret can be restored: 30 in production (the most), 7 elsewhere (the least). */
    public long secretRecoveryWindowDays() {
        return production() ? 30 : 7;
    }

    /** A table: point-in-time recovery unless the spec turns it off; deletion protection only when asked. */
    public record TableSettings(boolean pointInTimeRecovery, boolean deletionProtection) {
    }

    public static TableSettings table(TableSpec t) {
        return new TableSettings(!Boolean.FALSE.equals(t.pitr()), Boolean.TRUE.equals(t.deletionProtection()));
    }

    /**
     * A bucket: versioning and deletion protection only when asked; one without protection is emptied when it is
     * deleted ({@code forceDestroy}), one with it is kept with its objects.
     */
    public record BucketSettings(boolean versioning, boolean deletionProtection) {
        public boolean forceDestroy() {
            return !deletionProtection;
        }
    }

    public static BucketSettings bucket(BucketSpec b) {
        return new BucketSettings(Boolean.TRUE.equals(b.versioning()), Boolean.TRUE.equals(b.deletionProtection()));
    }

    /**
     * A database: multi-AZ, backup retention and deletion protection as the environment's spec says; a final
     * snapshot before it is ever deleted in production only; automated backups deleted with it unless protected.
     */
    public record DatabaseSettings(boolean multiAz, long backupRetentionDays, boolean deletionProtection,
            boolean finalSnapshot, boolean iamAuthentication) {
        public boolean deleteAutomatedBackups() {
            return !deletionProtection;
        }
    }

    public DatabaseSettings database(DatabaseSpec d) {
        return new DatabaseSettings(Boolean.TRUE.equals(d.multiAz()), d.backupRetention().days(),
                Boolean.TRUE.equals(d.deletionProtection()), production(), Boolean.TRUE.equals(d.iamAuth()));
    }

    /** A cache: multi-AZ and snapshot retention as the spec says; a final snapshot in production. */
    public record CacheSettings(boolean multiAz, long snapshotRetentionDays, boolean finalSnapshot) {
    }

    public CacheSettings cache(CacheSpec c) {
        return new CacheSettings(Boolean.TRUE.equals(c.multiAz()), c.snapshotRetention().days(), production());
    }

    /** Production load balancers refuse deletion (an outage a typo away otherwise). */
    public boolean loadBalancerDeletionProtection() {
        return production();
    }

    /** A load balancer's access-log bucket is emptied on delete outside production; in production its logs stay. */
    public boolean accessLogsForceDestroy() {
        return !production();
    }

    /** Production user pools hold the users: deleting one loses them all. */
    public boolean userPoolDeletionProtection() {
        return production();
    }

    /** ECR repositories are deleted with their images outside production; in production they are kept. */
    public boolean repositoryForceDelete() {
        return !production();
    }

    /**
     * How a function's trigger delivers, where the spec leaves it unset. Queues: batches of 10 (the SQS maximum without
     * a batching window); table streams: batches of 100, split in two on an error (bisect), 3 retries, records at most
     * an hour old, read from {@code TRIM_HORIZON} or {@code LATEST}; schedules: 2 retries, events at most an hour old,
     * in UTC. Queue and stream triggers report partial batch failures (only the failed records are retried) unless
     * the spec turns it off. Fields that do not apply to the trigger's type are null.
     */
    public record TriggerSettings(Integer batchSize, boolean reportBatchItemFailures, Boolean bisect, Integer retries,
            Long maxAgeSeconds, String startingPosition, String timezone) {
    }

    public static TriggerSettings trigger(TriggerSpec t) {
        boolean partial = !Boolean.FALSE.equals(t.partialFailures());
        long maxAge = t.maxAge() == null ? 3600 : t.maxAge().seconds();
        return switch (t.type()) {
            case QUEUE -> new TriggerSettings(t.batchSize() == null ? 10 : t.batchSize(), partial, null, null, null, null, null);
            case TABLE -> new TriggerSettings(t.batchSize() == null ? 100 : t.batchSize(), partial,
                    !Boolean.FALSE.equals(t.bisect()), t.retries() == null ? 3 : t.retries(), maxAge,
                    t.start() == StreamStart.TRIM_HORIZON ? "TRIM_HORIZON" : "LATEST", null);
            case SCHEDULE -> new TriggerSettings(null, false, null, t.retries() == null ? 2 : t.retries(), maxAge, null,
                    t.timezone() == null ? "UTC" : t.timezone());
            default -> new TriggerSettings(null, false, null, null, null, null, null);
        };
    }
}
