package dev.forge.targets.github;

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
 * {@code ci.oidc} (the workflows only ever use OIDC; FORGE-CI-001 refuses {@code oidc: false}).
 */
final class GithubRendering {

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
            "services.*.port", "services.*.health.path");

    private GithubRendering() {
    }
}
