package dev.forge.platform.aws;

import dev.forge.model.Deployment;
import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Which ECS services CI rolls out itself, for both AWS targets' deploy roles and github-actions' deploy.yml: every
 * service whose image the app builds ({@code image.build}, pushed by CI tagged by commit SHA) and that deploys
 * {@code rolling}. CI registers a revision of the service's task definition family with the new image and updates the
 * service (ECS's own rolling deployment, circuit breaker and rollback). A {@code blue-green} service is left to its
 * IaC target: terraform-aws runs it under CodeDeploy's deployment controller, where {@code ecs:UpdateService} may not
 * change the task definition (a CodeDeploy deployment with an AppSpec does), so the deploy role gets nothing on it.
 * An image given by reference ({@code image.ref}) is not CI's to deploy.
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
            if (x.image() != null && x.image().build() != null && x.deployment() != Deployment.BLUE_GREEN) {
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
