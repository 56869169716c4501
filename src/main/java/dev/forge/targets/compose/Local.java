package dev.forge.targets.compose;

import dev.forge.model.CacheSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.QueueSpec;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.ResolvedEnv;

/**
 * The local stand-ins' names, ports and addresses, decided once for the whole compose file: one Postgres per
 * database ({@code postgres-<name>}), one Redis or Valkey per cache ({@code redis-<name>}, {@code valkey-<name>}), and
 * one MinIO, one DynamoDB Local and one ElasticMQ shared by every bucket, table and queue (like one AWS account),
 * each filled by its init container.
 */
final class Local {

    static final String NETWORK = "local";
    static final String MINIO = "minio";
    static final String MINIO_INIT = "minio-init";
    static final String DYNAMODB = "dynamodb";
    static final String DYNAMODB_INIT = "dynamodb-init";
    static final String ELASTICMQ = "elasticmq";
    static final String ELASTICMQ_INIT = "elasticmq-init";
    static final int POSTGRES_PORT = 5432;
    static final int CACHE_PORT = 6379;
    static final int MINIO_PORT = 9000;
    static final int DYNAMODB_PORT = 8000;
    static final int ELASTICMQ_PORT = 9324;
    /** The account ElasticMQ puts in every queue URL. */
    static final String ELASTICMQ_ACCOUNT = "000000000000";

    /**
     * The .env variables holding the local AWS credentials: MinIO's root user and password, and what every service
     * and init container signs its S3, DynamoDB Local and ElasticMQ requests with.
     */
    static final String ACCESS_KEY_VAR = "LOCAL_AWS_ACCESS_KEY_ID";
    static final String SECRET_KEY_VAR = "LOCAL_AWS_SECRET_ACCESS_KEY";

    private Local() {
    }

    static String postgres(String database) {
        return "postgres-" + database;
    }

    static String cache(String name, CacheSpec cache) {
        return cache.engine().spelling() + "-" + name;
    }

    /** The database created inside the server: its {@code name}, else the resource name with '-' as '_'. */
    static String databaseName(String name, DatabaseSpec db) {
        return db.name() != null ? db.name() : name.replace('-', '_');
    }

    /** The database's user: the database's own name (one user per local server, owner of its database). */
    static String databaseUser(String name, DatabaseSpec db) {
        return databaseName(name, db);
    }

    /** The .env variable holding a database's password (the server's and its clients'). */
    static String databasePasswordVar(String name) {
        return "POSTGRES_" + EnvContract.base(name) + "_PASSWORD";
    }

    static String queueName(ResolvedEnv env, String name, QueueSpec q) {
        return env.physicalName(dev.forge.model.Kind.QUEUE, name) + (Boolean.TRUE.equals(q.fifo()) ? ".fifo" : "");
    }

    static String deadLetterQueueName(ResolvedEnv env, String name, QueueSpec q) {
        return env.physicalName(dev.forge.model.Kind.QUEUE, name) + "-dlq" + (Boolean.TRUE.equals(q.fifo()) ? ".fifo" : "");
    }

    /** A queue's URL on ElasticMQ, as a service on the compose network reaches it. */
    static String queueUrl(String physical) {
        return "http://" + ELASTICMQ + ":" + ELASTICMQ_PORT + "/" + ELASTICMQ_ACCOUNT + "/" + physical;
    }

    /** Compose interpolates {@code $}: a literal dollar is written {@code $$}. */
    static String literal(String text) {
        return text.replace("$", "$$");
    }
}
