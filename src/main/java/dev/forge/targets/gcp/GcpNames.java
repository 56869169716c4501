package dev.forge.targets.gcp;

import dev.forge.resolve.ResolvedEnv;
import java.util.Locale;

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

    /** Where a spec's region has no close Google Cloud region (platform.gcp.GcpNames, shared with the Terraform). */
    public static final String DEFAULT_REGION = dev.forge.platform.gcp.GcpNames.FALLBACK_REGION;

    private GcpNames() {
    }

    /** The environment's Google Cloud region: the one nearest its (AWS) region, the Terraform's (platform.gcp). */
    public static String region(ResolvedEnv env) {
        return dev.forge.platform.gcp.GcpNames.region(env.environment().region());
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

    /** A workload's service account id: the one the Terraform creates for it (platform.gcp.GcpNames). */
    public static String serviceAccountId(ResolvedEnv env, String name) {
        return dev.forge.platform.gcp.GcpNames.serviceAccountId(env.spec().app(), name, env.name());
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

    /** The database user the services log in as: {@code app}, the user the Terraform creates with its password. */
    public static String databaseUser(ResolvedEnv env) {
        return "app";
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

    /** A Cloud Storage bucket: the name the Terraform gives it (platform.gcp.GcpNames). */
    public static String bucket(ResolvedEnv env, String name) {
        return dev.forge.platform.gcp.GcpNames.bucket(env.spec().app(), name, env.name(), env.environment().project());
    }

    /** The VPC network the Direct VPC egress of the workloads uses: {@code <app>-vpc-<env>}, the Terraform's. */
    public static String network(ResolvedEnv env) {
        return env.naming().base("vpc");
    }

    /** Its subnetwork: the same name (the Terraform's network module names both after the network). */
    public static String subnetwork(ResolvedEnv env) {
        return network(env);
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
}
