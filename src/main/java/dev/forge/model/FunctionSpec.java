package dev.forge.model;

import java.util.List;
import java.util.Map;

/** A function (AWS Lambda). */
@Doc("A function (AWS Lambda): a zip built from `source`, or a container `image`.")
public record FunctionSpec(
        @Doc("What the function does.") String description,
        @Example("python3.12") @Doc("Runtime. Required for zip functions, and for images Forge builds (it picks the AWS Lambda base image);"
                + " ignored for images given by reference.") Runtime runtime,
        @Example("app.handler.handler") @Doc("Entry point. Required for zip functions.") String handler,
        @Format(regex = "^[^\\s]+$", hint = "a relative directory path") @Example("functions/api")
        @Doc("Directory with the function's code, packaged as a zip. One of `source` and `image` is required.")
        String source,
        @Doc("Container image the function runs (one of `source` and `image`).") ImageSpec image,
        @Default("512") @Range(min = 128, max = 10240) @Doc("Memory (128Mi-10Gi); CPU scales with it.") Size memory,
        @Default("30s") @Range(min = 1, max = 900) @Doc("Longest an invocation may run (1s-15m).") Duration timeout,
        @Default("arm64") @Doc("CPU architecture (arm64 is cheaper per millisecond).") Architecture architecture,
        @Default("true") @Doc("Trace invocations with X-Ray.") Boolean tracing,
        @Default("true") @Doc("Send failed asynchronous invocations to a dead-letter queue.") Boolean dlq,
        @Range(min = 0, max = 1000)
        @Doc("Concurrency reserved for the function (and its ceiling). Unreserved when absent.") Integer reservedConcurrency,
        @Range(min = 0, max = 1000)
        @Doc("Pre-warmed instances on the `live` alias (no cold starts; billed while idle).") Integer provisionedConcurrency,
        @Default("false") @Doc("Run inside the app's private network (needed to reach databases and caches).") Boolean vpc,
        @KeyFormat(regex = Names.ENV_VAR, hint = Names.ENV_VAR_HINT)
        @Doc("Environment variables; `secret:NAME` and `parameter:NAME` values are read from the store;"
                + " `kind:name.attribute` is another resource's attribute (`api:public.url`; docs/env-contract.md).")
        Map<String, String> env,
        @Example("[secret:openai-api-key, function:agent]")
        @Doc("What the function may access; its IAM policy is derived from this list and nothing else; `as NAME` renames the variable an entry derives.") List<Use> uses,
        @Example("[{ queue: jobs, batch-size: 10 }, { schedule: \"cron(0 3 * * ? *)\" }]")
        @Doc("What runs the function besides an HTTP route: queue messages, schedules, object events, table streams,"
                + " topic messages. Each implies exactly the permissions it needs.") List<TriggerSpec> triggers,
        @Default("all-at-once") @Example("canary-10-5m")
        @Doc("How CI's deploy moves the `live` alias to a new version: `all-at-once`, `canary-10-<5|10|15|30>m` (10 %"
                + " of requests for that many minutes, then the rest) or `linear-10-<1|2|3>m` (10 % more after each"
                + " interval). Canary and linear go through AWS CodeDeploy's predefined Lambda configurations, which roll"
                + " the alias back when the function's error or throttle alarm fires while traffic shifts; a failed"
                + " deploy moves every request back to the previous version.") TrafficShift deployment,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, FunctionSpec> environments) {
}
