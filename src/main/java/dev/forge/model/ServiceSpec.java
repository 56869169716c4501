package dev.forge.model;

import java.util.List;
import java.util.Map;

/** A long-running container. */
@Doc("A long-running container (ECS, Kubernetes, Cloud Run, Container Apps).")
public record ServiceSpec(
        @Doc("What the service does.") String description,
        @Required @Doc("The image the service runs.") ImageSpec image,
        @Default("8080") @Range(min = 1, max = 65535) @Doc("Port the container listens on.") Integer port,
        @Default("{}") @Doc("Health check.") HealthSpec health,
        @Default(value = "1", production = "2") @Range(min = 0, max = 1000)
        @Doc("Replicas when not autoscaling.") Integer replicas,
        @Doc("Autoscaling; replaces `replicas` when set.") AutoscalingSpec autoscaling,
        @Default("rolling")
        @Doc("How a new version replaces the old: `rolling` (tasks replaced a few at a time, never below the desired"
                + " count, rolled back automatically when they fail) or `blue-green` (the new version starts beside the"
                + " old and the traffic moves at once; needs a load balancer in front).") Deployment deployment,
        @Example("[{ schedule: \"0 8 * * 1-5\", min: 4, max: 20 }, { schedule: \"0 20 * * 1-5\", min: 1, max: 4 }]")
        @Doc("Scheduled changes of the autoscaling bounds (needs `autoscaling`).") List<ScalingScheduleSpec> scalingSchedules,
        @Default("0.25") @Range(min = 100, max = 16000) @Example("0.5")
        @Doc("CPU per replica: cores (0.5) or millicores (500m).") Cpu cpu,
        @Default("512Mi") @Range(min = 64, max = 122880) @Example("1Gi")
        @Doc("Memory per replica.") Size memory,
        @Doc("Command to run instead of the image's default.") List<String> command,
        @KeyFormat(regex = Names.ENV_VAR, hint = Names.ENV_VAR_HINT)
        @Example("{ LOG_LEVEL: info, OPENAI_API_KEY: secret:openai-api-key }")
        @Doc("Environment variables. A value `secret:NAME` or `parameter:NAME` is read from the store at run time"
                + " (and implies `uses:` of it); `kind:name.attribute` is another resource's attribute (`api:public.url`,"
                + " `table:orders.name`; docs/env-contract.md); any other value is plain text and must not be a secret.")
        Map<String, String> env,
        @Example("[table:messages (read-write), secret:openai-api-key]")
        @Doc("What the service may access; least-privilege grants, connection variables and network rules"
                + " are derived from it; `as NAME` renames the variable an entry derives.") List<Use> uses,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, ServiceSpec> environments) {
}
