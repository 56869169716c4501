package dev.forge.targets.helm;

import dev.forge.synth.Rendering;

/**
 * What the chart renders of a spec (proven by FieldCoverageTest). Not rendered: functions (Lambda; the chart runs
 * containers only), tables, buckets, queues, topics, databases and caches themselves (the chart's workloads reach
 * them by name, endpoint and credentials secret, which the cloud targets create), image builds (the docker target;
 * the chart names the pushed image), CI, monitoring, API authentication, CORS, throttling, WAF and access logs
 * (an Ingress carries none of them portably), and descriptions.
 */
final class HelmRendering {

    static final Rendering RENDERING = Rendering.of(
            "app", "region", "environments.*.account", "environments.*.region", "environments.*.production",
            "network.cidr",
            "services.*.image.ref", "services.*.image.build", "services.*.port",
            "services.*.health.path", "services.*.health.interval", "services.*.health.timeout",
            "services.*.health.healthy-threshold", "services.*.health.unhealthy-threshold",
            "services.*.health.initial-delay", "services.*.replicas", "services.*.autoscaling.min",
            "services.*.autoscaling.max", "services.*.autoscaling.cpu", "services.*.autoscaling.memory",
            "services.*.cpu", "services.*.memory", "services.*.command", "services.*.env", "services.*.uses",
            "jobs.*.image.ref", "jobs.*.image.build", "jobs.*.command", "jobs.*.cpu", "jobs.*.memory",
            "jobs.*.schedule", "jobs.*.timezone", "jobs.*.timeout", "jobs.*.retries", "jobs.*.env", "jobs.*.uses",
            "apis.*.domain", "apis.*.routes.*.to",
            "secrets.*.store", "models.*.id");

    private HelmRendering() {
    }
}
