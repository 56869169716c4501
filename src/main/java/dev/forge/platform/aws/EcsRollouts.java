package dev.forge.platform.aws;

import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Which ECS services CI rolls out itself, for both AWS targets' deploy roles and github-actions' deploy.yml: every
 * service whose image the app builds ({@code image.build}, pushed by CI tagged by commit SHA). CI registers a revision
 * of the service's task definition family with the new image and updates the service; ECS deploys it the service's
 * way, rolling or blue-green ({@link EcsBlueGreen}: both under ECS's own deployment controller, where an UpdateService
 * with a new task definition starts the deployment, with the circuit breaker's rollback). An UpdateService that changes
 * only the task definition passes no role: the blue-green infrastructure role is named in the service's load balancer
 * configuration, which the call leaves alone, so the deploy role needs no iam:PassRole on it (IAM checks PassRole where
 * a request hands a role to a service; the task and execution roles of the new revision are passed, by
 * RegisterTaskDefinition). An image given by reference ({@code image.ref}) is not CI's to deploy.
 */
public final class EcsRollouts {

    /** The container's name in every task definition of both AWS targets (their EcsTasks.CONTAINER). */
    public static final String CONTAINER = "app";
    /** The service principal the deploy role may pass the task's roles to (condition iam:PassedToService). */
    public static final String TASKS_SERVICE = "ecs-tasks.amazonaws.com";

    private EcsRollouts() {
    }

    /** The services CI rolls out, by spec name, sorted. */
    public static List<String> of(Spec s) {
        List<String> out = new ArrayList<>();
        new TreeMap<>(s.services()).forEach((n, x) -> {
            if (x.image() != null && x.image().build() != null) {
                out.add(n);
            }
        });
        return out;
    }

    /**
     * The name both AWS targets give a service, its task definition family and (with {@code -task} and
     * {@code -execution}) its roles: the environment's base name, cut to 52 characters with a hash (so the role names
     * stay within IAM's 64).
     */
    public static String name(ResolvedEnv env, String service) {
        String name = env.naming().base(service);
        if (name.length() <= 52) {
            return name;
        }
        String hex = dev.forge.util.Hashing.sha256(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8);
        return name.substring(0, 52 - 9).replaceAll("-+$", "") + "-" + hex;
    }

    /** The ECS cluster of an environment (both targets: the environment's prefix). */
    public static String cluster(ResolvedEnv env) {
        return env.naming().prefix();
    }
}
