package dev.forge.targets.gcp;

import dev.forge.resolve.ResolvedEnv;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Every Google Cloud name the Cloud Run files use, decided in one small class so that the Terraform side (which
 * creates the service accounts, secrets, Cloud SQL instances, Pub/Sub topics, Cloud Scheduler jobs ...) can share it:
 * the integrator moves it to {@code dev.forge.platform.gcp} when both sides are merged. Names follow the other
 * targets' {@code <app>-<name>-<env>}; where Google's limits are tighter (service account ids: 6-30 characters)
 * a name is shortened with a stable hash. docs/targets/gcp.md lists them.
 */
public final class GcpNames {

    /** What the deploy step of cloudbuild.yaml replaces in the Cloud Run files before {@code gcloud run ... replace}. */
    public static final String PROJECT_ID = "__PROJECT_ID__";
    public static final String PROJECT_NUMBER = "__PROJECT_NUMBER__";
    public static final String COMMIT_SHA = "__COMMIT_SHA__";
    public static final String REGISTRY = "__REGISTRY__";

    /** Cloud Run's limit on a service's name (a job's is 63: the service limit is kept for both). */
    public static final int SERVICE_NAME_MAX = 49;

    /** The Google Cloud region nearest each AWS region the spec names (the spec's regions are AWS regions). */
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("us-east-1", "us-east4"), Map.entry("us-east-2", "us-east5"),
            Map.entry("us-west-1", "us-west2"), Map.entry("us-west-2", "us-west1"),
            Map.entry("ca-central-1", "northamerica-northeast1"), Map.entry("ca-west-1", "northamerica-northeast2"),
            Map.entry("sa-east-1", "southamerica-east1"),
            Map.entry("eu-west-1", "europe-west1"), Map.entry("eu-west-2", "europe-west2"),
            Map.entry("eu-west-3", "europe-west9"), Map.entry("eu-central-1", "europe-west3"),
            Map.entry("eu-central-2", "europe-west6"), Map.entry("eu-north-1", "europe-north1"),
            Map.entry("eu-south-1", "europe-west8"), Map.entry("eu-south-2", "europe-southwest1"),
            Map.entry("ap-northeast-1", "asia-northeast1"), Map.entry("ap-northeast-2", "asia-northeast3"),
            Map.entry("ap-northeast-3", "asia-northeast2"), Map.entry("ap-southeast-1", "asia-southeast1"),
            Map.entry("ap-southeast-2", "australia-southeast1"), Map.entry("ap-southeast-3", "asia-southeast2"),
            Map.entry("ap-south-1", "asia-south1"), Map.entry("ap-south-2", "asia-south2"),
            Map.entry("ap-east-1", "asia-east2"), Map.entry("me-central-1", "me-central1"),
            Map.entry("il-central-1", "me-west1"), Map.entry("af-south-1", "africa-south1"));

    /** Where an AWS region has no close Google Cloud region in the table. */
    public static final String DEFAULT_REGION = "us-central1";

    private GcpNames() {
    }

    /** The environment's Google Cloud region: the one nearest its (AWS) region, {@value #DEFAULT_REGION} otherwise. */
    public static String region(ResolvedEnv env) {
        return REGIONS.getOrDefault(env.environment().region(), DEFAULT_REGION);
    }

    /** The environment's project: {@code environments.<env>.project}, or the placeholder the deploy step fills. */
    public static String project(ResolvedEnv env) {
        return env.environment().project() != null ? env.environment().project() : PROJECT_ID;
    }

    /** A Cloud Run service or job: {@code <app>-<name>-<env>} (also the Cloud Scheduler job that runs a job). */
    public static String run(ResolvedEnv env, String name) {
        String n = env.naming().base(name);
        if (n.length() > SERVICE_NAME_MAX) {
            throw new IllegalArgumentException("the Cloud Run name '" + n + "' of '" + name + "' in environment '"
                    + env.name() + "' is longer than " + SERVICE_NAME_MAX + " characters: shorten the app or its name");
        }
        return n;
    }

    /** The Cloud Scheduler job that starts a scheduled Cloud Run job: the job's own name. */
    public static String scheduler(ResolvedEnv env, String job) {
        return run(env, job);
    }

    /**
     * A workload's service account id: {@code <name>-<env>} when it fits Google's 6-30 characters, else the name cut
     * and a stable 6-hex hash of the whole ({@code orchestrator-s-3f2a1b}).
     */
    public static String serviceAccountId(ResolvedEnv env, String name) {
        String id = name + "-" + env.name();
        if (id.length() >= 6 && id.length() <= 30) {
            return id;
        }
        String hash = hash(env.naming().base(name));
        String head = id.length() < 6 ? id : id.substring(0, 30 - 7).replaceAll("-+$", "");
        return head + "-" + hash;
    }

    /** A workload's service account e-mail in the environment's project. */
    public static String serviceAccount(ResolvedEnv env, String name) {
        return serviceAccountId(env, name) + "@" + project(env) + ".iam.gserviceaccount.com";
    }

    /** The Secret Manager secret of a spec secret or parameter: {@code <app>-<name>-<env>}. */
    public static String secret(ResolvedEnv env, String name) {
        return env.naming().base(name);
    }

    /** The Secret Manager secret holding a database's generated password: {@code <app>-<db>-<env>-password}. */
    public static String databasePassword(ResolvedEnv env, String database) {
        return env.naming().base(database) + "-password";
    }

    /** The database user the services log in as: the app's name with '-' as '_'. */
    public static String databaseUser(ResolvedEnv env) {
        return env.spec().app().replace('-', '_');
    }

    /** The Cloud SQL instance of a database: {@code <app>-<db>-<env>}. */
    public static String sqlInstance(ResolvedEnv env, String database) {
        return env.naming().base(database);
    }

    /** The instance connection name Cloud Run's Cloud SQL connector takes: {@code project:region:instance}. */
    public static String sqlConnection(ResolvedEnv env, String database) {
        return project(env) + ":" + region(env) + ":" + sqlInstance(env, database);
    }

    /** The Memorystore for Redis instance of a cache: {@code <app>-<cache>-<env>}. */
    public static String redisInstance(ResolvedEnv env, String cache) {
        return env.naming().base(cache);
    }

    /** The placeholder of a Memorystore instance's private IP, filled by the deploy step. */
    public static String redisHostPlaceholder(ResolvedEnv env, String cache) {
        return "__REDIS_HOST_" + token(cache) + "__";
    }

    /** The Pub/Sub topic of a queue or topic (a queue's pull subscription has the same name). */
    public static String topic(ResolvedEnv env, String name) {
        return env.naming().base(name);
    }

    /** A topic's (or queue's) full resource name. */
    public static String topicPath(ResolvedEnv env, String name) {
        return "projects/" + project(env) + "/topics/" + topic(env, name);
    }

    /** A Cloud Storage bucket: {@code <app>-<name>-<env>}, and the project when pinned (names are global). */
    public static String bucket(ResolvedEnv env, String name) {
        String base = env.naming().base(name);
        return env.environment().project() == null ? base : base + "-" + env.environment().project();
    }

    /** The VPC network and subnetwork the Direct VPC egress of the workloads uses: {@code <app>-<env>}. */
    public static String network(ResolvedEnv env) {
        return env.naming().prefix();
    }

    public static String subnetwork(ResolvedEnv env) {
        return env.naming().prefix() + "-run";
    }

    /** The Artifact Registry repository (Docker format) every image of the app is pushed to: the app's name. */
    public static String repository(String app) {
        return app;
    }

    /** The cloudbuild.yaml substitution carrying an API's URL when the spec gives it no domain. */
    public static String apiUrlSubstitution(String api) {
        return "_" + token(api) + "_URL";
    }

    /** A spec name as an upper-case token ({@code run-events} to {@code RUN_EVENTS}). */
    static String token(String name) {
        return name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String hash(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return String.format("%02x%02x%02x", d[0], d[1], d[2]);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
