package dev.forge.targets.compose;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.CacheEngine;
import dev.forge.model.Spec;

/**
 * The local stand-ins of a spec's backing services, one compose service each: Postgres per database, Redis or Valkey
 * per cache (the spec's engine), MinIO for buckets, DynamoDB Local for tables, ElasticMQ for queues. Every one has a
 * healthcheck (FORGE-CMP-001), runs on the one network, keeps its data in a named volume (DynamoDB Local and
 * ElasticMQ run in memory: their init containers create everything again on each {@code up}) and publishes no port:
 * only the services reach them (FORGE-CMP-002 keeps what is published on 127.0.0.1).
 */
final class StandIns {

    private StandIns() {
    }

    /** Adds the stand-ins the spec needs to {@code services} and their volumes to {@code volumes}. */
    static void add(Spec s, DotEnv dotEnv, LocalEnv env, YamlMap services, YamlMap volumes) {
        s.databases().forEach((name, db) -> {
            String volume = Local.postgres(name) + "-data";
            services.put(Local.postgres(name), standIn(StandInImages.POSTGRES, YamlList.of("CMD", "pg_isready", "-U",
                    Local.databaseUser(name, db), "-d", Local.databaseName(name, db)))
                    .put("environment", YamlMap.of("POSTGRES_DB", Local.databaseName(name, db),
                            "POSTGRES_USER", Local.databaseUser(name, db),
                            "POSTGRES_PASSWORD", env.databasePassword(name)))
                    .put("volumes", YamlList.of(volume + ":/var/lib/postgresql/data")));
            volumes.put(volume, new YamlMap());
        });
        s.caches().forEach((name, cache) -> {
            boolean valkey = cache.engine() == CacheEngine.VALKEY;
            String volume = Local.cache(name, cache) + "-data";
            services.put(Local.cache(name, cache), standIn(valkey ? StandInImages.VALKEY : StandInImages.REDIS,
                    YamlList.of("CMD", valkey ? "valkey-cli" : "redis-cli", "ping"))
                    .put("volumes", YamlList.of(volume + ":/data")));
            volumes.put(volume, new YamlMap());
        });
        if (!s.buckets().isEmpty()) {
            services.put(Local.MINIO, standIn(StandInImages.MINIO, YamlList.of("CMD", "mc", "ready", "local"))
                    .put("command", YamlList.of("server", "/data"))
                    .put("environment", YamlMap.of("MINIO_ROOT_USER", LocalEnv.accessKey(dotEnv),
                            "MINIO_ROOT_PASSWORD", LocalEnv.secretKey(dotEnv)))
                    .put("volumes", YamlList.of("minio-data:/data")));
            volumes.put("minio-data", new YamlMap());
        }
        if (!s.tables().isEmpty()) {
            // -sharedDb: one database whatever the credentials and region, so the init container's tables are the
            // services' tables; telemetry off (DynamoDB Local phones home otherwise)
            services.put(Local.DYNAMODB, standIn(StandInImages.DYNAMODB_LOCAL,
                    YamlList.of("CMD-SHELL", "curl -s -o /dev/null http://127.0.0.1:" + Local.DYNAMODB_PORT + "/ || exit 1"))
                    .put("command", YamlList.of("-jar", "DynamoDBLocal.jar", "-inMemory", "-sharedDb", "-disableTelemetry")));
        }
        if (!s.queues().isEmpty()) {
            services.put(Local.ELASTICMQ, standIn(StandInImages.ELASTICMQ, YamlList.of("CMD", "wget", "-q", "-O",
                    "/dev/null", "http://127.0.0.1:" + Local.ELASTICMQ_PORT + "/?Action=ListQueues")));
        }
    }

    private static YamlMap standIn(String image, YamlList test) {
        return YamlMap.of("image", image, "restart", "unless-stopped",
                "healthcheck", YamlMap.of("test", test, "interval", "5s", "timeout", "5s", "retries", 20,
                        "start_period", "5s"),
                "networks", YamlList.of(Local.NETWORK));
    }

    /** Keys in the order a person reads a compose service. */
    static YamlMap ordered(YamlMap m) {
        YamlMap out = new YamlMap();
        for (String k : java.util.List.of("image", "profiles", "build", "entrypoint", "command", "restart", "ports",
                "environment", "volumes", "depends_on", "healthcheck", "networks", "security_opt", "deploy")) {
            out.put(k, m.get(k));
        }
        if (out.size() != m.size()) {
            throw new IllegalStateException("a compose service key is missing from the order: " + m.keys());
        }
        return out;
    }
}
