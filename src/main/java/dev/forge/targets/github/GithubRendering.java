package dev.forge.targets.github;

import dev.forge.model.FunctionSpec;
import dev.forge.model.ImageSpec;
import dev.forge.model.JobSpec;
import dev.forge.model.Kind;
import dev.forge.model.ServiceSpec;
import dev.forge.synth.Rendering;

/**
 * What the GitHub Actions target renders of a spec (proven against the output by FieldCoverageTest): the repository
 * (only its own runs assume a role) and deploy branch, the promotion order, each environment's region (the credentials
 * step), the drift schedule (drift.yml's cron), and what ci.yml builds: the functions' runtimes, sources and images,
 * the services' and jobs' images (the app's name tags them), and what deploy.yml deploys: the images (their
 * Dockerfiles), the functions' open routes (smoke tests) and traffic shifts ({@code deployment}), which services are rolled out (their {@code deployment})
 * and how (blue-green needs a load balancer in front: the APIs' {@code type} and routes, platform.aws.EcsBlueGreen)
 * (their health paths reach the smoke tests through the load balancer too), and, for an environment naming its EKS
 * cluster ({@code environments.*.kubernetes.cluster}), the Helm steps: the cluster, and each service's port and health
 * path (the smoke test through its Kubernetes Service). Not rendered: {@code ci.approvals} (GitHub holds
 * approvals in the environments' protection rules, which no workflow file can set: the README lists them),
 * {@code ci.registry} (deploy.yml pushes to the environment's ECR repositories, which the AWS targets create),
 * {@code ci.oidc} (the workflows only ever use OIDC; FORGE-CI-001 refuses {@code oidc: false}). An image's {@code target}
 * and {@code args} reach the builds only with the spec's own Dockerfile.
 */
final class GithubRendering {

    private static final java.util.Set<String> OWN_ONLY = java.util.Set.of("image.target", "image.args");
    private static final String OWN_ONLY_WHY = "passed to docker buildx build only with a Dockerfile of your own"
            + " (image.dockerfile): forge's Dockerfile names its final stage after image.target and holds the args";

    static final Rendering DECLARED = Rendering.of(
            "app", "region", "environments.*.region", "environments.*.kubernetes.cluster",
            "ci.github.repo", "ci.github.branch", "ci.promote", "ci.drift", "ci.iac", "ci.notifications.slack", "ci.notifications.on",
            "ci.schedules[].name", "ci.schedules[].cron", "ci.schedules[].kind",
            "functions.*.runtime", "functions.*.source", "functions.*.image.build",
            "services.*.image.build", "services.*.image.runtime", "jobs.*.image.build", "jobs.*.image.runtime",
            "functions.*.image.dockerfile", "services.*.image.dockerfile", "jobs.*.image.dockerfile",
            "apis.*.routes.*.to", "apis.*.routes.*.open", "apis.*.type",
            "services.*.deployment", "functions.*.deployment",
            // the Helm smoke tests (environments naming an EKS cluster): each service's port and health path
            "services.*.port", "services.*.health.path",
            "services.*.image.target", "services.*.image.args", "jobs.*.image.target", "jobs.*.image.args",
            "functions.*.image.target", "functions.*.image.args")
            // forge's own Dockerfile holds the final stage's name and the build arguments: passed only to the spec's own
            .skipping(Kind.SERVICE, ServiceSpec.class, OWN_ONLY, OWN_ONLY_WHY, x -> !own(x.image()))
            .skipping(Kind.JOB, JobSpec.class, OWN_ONLY, OWN_ONLY_WHY, x -> !own(x.image()))
            .skipping(Kind.FUNCTION, FunctionSpec.class, OWN_ONLY, OWN_ONLY_WHY, x -> !own(x.image()));

    private static boolean own(ImageSpec image) {
        return image != null && image.build() != null && image.dockerfile() != null;
    }

    private GithubRendering() {
    }
}
