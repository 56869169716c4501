package dev.forge.resolve;

import dev.forge.bind.SourceMap;
import dev.forge.diag.Code;
import dev.forge.diag.Diagnostics;
import dev.forge.model.Kind;
import dev.forge.model.Spec;

/**
 * Checks every name Forge derives in one environment against the limits of the cloud service that will
 * carry it (FORGE-E120), before any target runs.
 */
final class NameLimits {

    private NameLimits() {
    }

    static void check(Spec spec, Naming naming, SourceMap sources, Diagnostics diags) {
        spec.functions().keySet().forEach(n -> {
            limit(sources, diags, Kind.FUNCTION, n, naming.base(n), 64, "a Lambda function and IAM role name", naming);
            limit(sources, diags, Kind.FUNCTION, n, naming.base(n) + "-dlq", 80, "an SQS dead-letter queue name", naming);
        });
        spec.services().keySet().forEach(n ->
                limit(sources, diags, Kind.SERVICE, n, naming.base(n), 64, "an IAM role name", naming));
        spec.tables().keySet().forEach(n ->
                limit(sources, diags, Kind.TABLE, n, naming.base(n), 255, "a DynamoDB table name", naming));
        spec.buckets().forEach((n, b) -> {
            limit(sources, diags, Kind.BUCKET, n, naming.bucket(n), 63, "an S3 bucket name", naming);
            if (b.replication() != null) {
                limit(sources, diags, Kind.BUCKET, n, naming.replicaBucket(n), 63, "an S3 replica bucket name", naming);
            }
        });
        spec.queues().forEach((n, q) -> {
            String suffix = Boolean.TRUE.equals(q.fifo()) ? ".fifo" : "";
            limit(sources, diags, Kind.QUEUE, n, naming.base(n) + "-dlq" + suffix, 80, "an SQS queue name", naming);
        });
        spec.databases().keySet().forEach(n ->
                limit(sources, diags, Kind.DATABASE, n, naming.base(n), 63, "an RDS instance identifier", naming));
        spec.caches().keySet().forEach(n ->
                limit(sources, diags, Kind.CACHE, n, naming.base(n), 40, "an ElastiCache replication group ID", naming));
    }

    private static void limit(SourceMap sources, Diagnostics diags, Kind kind, String name, String physical, int max,
                              String what, Naming naming) {
        if (physical.length() <= max) {
            return;
        }
        diags.error(sources.at(SourceMap.child(kind.section(), name)), Code.E120, kind.spelling() + " '" + name + "' gets"
                + " the name '" + physical + "' in environment '" + naming.env() + "': " + physical.length()
                + " characters, over the " + max + " allowed for " + what, "Shorten the app, " + kind.spelling()
                + " or environment name by " + (physical.length() - max)
                + (physical.length() - max == 1 ? " character." : " characters."));
    }
}
