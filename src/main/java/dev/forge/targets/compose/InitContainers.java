package dev.forge.targets.compose;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.AttributeType;
import dev.forge.model.IndexSpec;
import dev.forge.model.Kind;
import dev.forge.model.Projection;
import dev.forge.model.QueueSpec;
import dev.forge.model.StreamView;
import dev.forge.model.TableSpec;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.util.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One-shot containers that create, with the environment's physical names, what the services expect to exist: the
 * tables (keys, indexes, TTL, stream) in DynamoDB Local and the queues (with their dead-letter queues, visibility
 * timeout, retention and redrive) in ElasticMQ through the AWS CLI, and the buckets (with versioning) in MinIO through
 * {@code mc}. Each waits for its stand-in to be healthy; services wait for it to complete successfully. Every step is
 * idempotent, so {@code docker compose up} may run them again.
 */
final class InitContainers {

    private InitContainers() {
    }

    static void add(ResolvedEnv env, DotEnv dotEnv, YamlMap services) {
        var s = env.spec();
        if (!s.tables().isEmpty()) {
            List<String> script = new ArrayList<>(List.of("set -e"));
            s.tables().forEach((name, t) -> script.addAll(table(env.physicalName(Kind.TABLE, name), t)));
            services.put(Local.DYNAMODB_INIT, awsCli(env, dotEnv, Local.DYNAMODB, Local.DYNAMODB_PORT, script));
        }
        if (!s.queues().isEmpty()) {
            List<String> script = new ArrayList<>(List.of("set -e"));
            s.queues().forEach((name, q) -> script.addAll(queue(env, name, q)));
            services.put(Local.ELASTICMQ_INIT, awsCli(env, dotEnv, Local.ELASTICMQ, Local.ELASTICMQ_PORT, script));
        }
        if (!s.buckets().isEmpty()) {
            List<String> script = new ArrayList<>(List.of("set -e",
                    "mc alias set local http://" + Local.MINIO + ":" + Local.MINIO_PORT
                            + " \"$$MINIO_ROOT_USER\" \"$$MINIO_ROOT_PASSWORD\""));
            s.buckets().forEach((name, b) -> {
                String bucket = "local/" + env.naming().bucket(name);
                script.add("mc mb --ignore-existing " + bucket);
                script.add("mc version " + (Boolean.TRUE.equals(b.versioning()) ? "enable " : "suspend ") + bucket);
            });
            services.put(Local.MINIO_INIT, init(StandInImages.MINIO_CLIENT, Local.MINIO, script)
                    .put("environment", YamlMap.of("MINIO_ROOT_USER", LocalEnv.accessKey(dotEnv),
                            "MINIO_ROOT_PASSWORD", LocalEnv.secretKey(dotEnv))));
        }
    }

    private static YamlMap awsCli(ResolvedEnv env, DotEnv dotEnv, String standIn, int port, List<String> script) {
        return init(StandInImages.AWS_CLI, standIn, script).put("environment", YamlMap.of(
                "AWS_ACCESS_KEY_ID", LocalEnv.accessKey(dotEnv),
                "AWS_ENDPOINT_URL", "http://" + standIn + ":" + port,
                "AWS_PAGER", "",
                "AWS_REGION", env.environment().region(),
                "AWS_SECRET_ACCESS_KEY", LocalEnv.secretKey(dotEnv)));
    }

    private static YamlMap init(String image, String standIn, List<String> script) {
        return YamlMap.of("image", image, "restart", "no",
                "entrypoint", YamlList.of("/bin/sh", "-c"),
                "command", YamlList.of(String.join("\n", script) + "\n"),
                "depends_on", YamlMap.of(standIn, YamlMap.of("condition", "service_healthy")),
                "networks", YamlList.of(Local.NETWORK));
    }

    /** Creates the table unless it exists, then its TTL (DynamoDB Local refuses to enable TTL twice). */
    static List<String> table(String physical, TableSpec t) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(t.key().partition());
        if (t.key().sort() != null) {
            keys.add(t.key().sort());
        }
        Map<String, IndexSpec> indexes = t.indexes() == null ? Map.of() : t.indexes();
        indexes.values().forEach(i -> {
            keys.add(i.partition());
            if (i.sort() != null) {
                keys.add(i.sort());
            }
        });
        StringBuilder create = new StringBuilder("  aws dynamodb create-table --table-name " + physical
                + " --billing-mode PAY_PER_REQUEST --attribute-definitions");
        for (String k : keys) {
            AttributeType type = t.attributes() == null ? null : t.attributes().get(k);
            create.append(" AttributeName=").append(k).append(",AttributeType=").append(letter(type));
        }
        create.append(" --key-schema AttributeName=").append(t.key().partition()).append(",KeyType=HASH");
        if (t.key().sort() != null) {
            create.append(" AttributeName=").append(t.key().sort()).append(",KeyType=RANGE");
        }
        if (!indexes.isEmpty()) {
            List<String> gsis = new ArrayList<>();
            indexes.forEach((name, i) -> gsis.add(index(name, i)));
            create.append(" --global-secondary-indexes '[").append(String.join(",", gsis)).append("]'");
        }
        if (t.stream() != null && t.stream() != StreamView.NONE) {
            create.append(" --stream-specification StreamEnabled=true,StreamViewType=")
                    .append(t.stream().name());
        }
        List<String> out = new ArrayList<>();
        out.add("if ! aws dynamodb describe-table --table-name " + physical + " >/dev/null 2>&1; then");
        out.add(create.toString());
        if (t.ttl() != null) {
            out.add("  aws dynamodb update-time-to-live --table-name " + physical
                    + " --time-to-live-specification Enabled=true,AttributeName=" + t.ttl());
        }
        out.add("fi");
        return out;
    }

    private static String index(String name, IndexSpec i) {
        StringBuilder j = new StringBuilder("{\"IndexName\":").append(Json.quote(name)).append(",\"KeySchema\":[")
                .append("{\"AttributeName\":").append(Json.quote(i.partition())).append(",\"KeyType\":\"HASH\"}");
        if (i.sort() != null) {
            j.append(",{\"AttributeName\":").append(Json.quote(i.sort())).append(",\"KeyType\":\"RANGE\"}");
        }
        Projection p = i.projection() == null ? Projection.ALL : i.projection();
        j.append("],\"Projection\":{\"ProjectionType\":\"").append(p.name()).append('"');
        if (p == Projection.INCLUDE && i.include() != null && !i.include().isEmpty()) {
            j.append(",\"NonKeyAttributes\":[");
            j.append(String.join(",", i.include().stream().map(Json::quote).toList())).append(']');
        }
        return j.append("}}").toString();
    }

    private static String letter(AttributeType type) {
        return type == AttributeType.NUMBER ? "N" : type == AttributeType.BINARY ? "B" : "S";
    }

    /** The dead-letter queue, then the queue with its settings and redrive policy (attributes from a file). */
    static List<String> queue(ResolvedEnv env, String name, QueueSpec q) {
        String main = Local.queueName(env, name, q);
        String dlq = Local.deadLetterQueueName(env, name, q);
        boolean fifo = Boolean.TRUE.equals(q.fifo());
        String fifoAttr = fifo ? "\"FifoQueue\": \"true\", " : "";
        List<String> out = new ArrayList<>();
        out.add("aws sqs create-queue --queue-name " + dlq + " --attributes '{" + fifoAttr
                + "\"MessageRetentionPeriod\": \"1209600\"}' >/dev/null");
        out.add("dlq_arn=$$(aws sqs get-queue-attributes --queue-url " + Local.queueUrl(dlq)
                + " --attribute-names QueueArn --query Attributes.QueueArn --output text)");
        out.add("cat > /tmp/queue.json <<EOF");
        out.add("{" + fifoAttr + "\"VisibilityTimeout\": \"" + q.visibilityTimeout().seconds()
                + "\", \"MessageRetentionPeriod\": \"" + q.retention().seconds()
                + "\", \"RedrivePolicy\": \"{\\\"deadLetterTargetArn\\\":\\\"$$dlq_arn\\\",\\\"maxReceiveCount\\\":\\\""
                + q.maxReceives() + "\\\"}\"}");
        out.add("EOF");
        out.add("aws sqs create-queue --queue-name " + main + " --attributes file:///tmp/queue.json >/dev/null");
        return out;
    }
}
