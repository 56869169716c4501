package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.forList;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import java.util.List;

/**
 * What the ecs_service and ecs_job modules share: the task's inputs, its log group, its two roles (execution:
 * what ECS does to start it; task: what the code may do, from {@code uses:}) and the Fargate task definition
 * with one hardened container.
 */
final class EcsTasks {

    /** The container's name in every task definition. */
    static final String CONTAINER = "app";

    private EcsTasks() {
    }

    static void variables(TfModule m, boolean service) {
        m.required("name", Types.STRING, "Name of the " + (service ? "service" : "job") + " (task family, roles and log"
                + " group are named after it).", check(op(call("length", var("name")), "<=", num(52)),
                "name must be at most 52 characters (role names add -execution and are limited to 64)."));
        m.required("image", Types.STRING, "Image the container runs (repository:tag or @digest).");
        m.required("cpu", Types.NUMBER, "CPU units of the task (1024 = 1 vCPU); a Fargate size with memory.",
                check(call("contains", list(List.of(num(256), num(512), num(1024), num(2048), num(4096), num(8192), num(16384))),
                        var("cpu")), "cpu must be a Fargate CPU size: 256, 512, 1024, 2048, 4096, 8192 or 16384."));
        m.required("memory", Types.NUMBER, "Memory of the task in MiB; a Fargate size with cpu (FORGE-ECS-001 checks"
                + " the pair before synth).");
        m.optional("architecture", Types.STRING, "ARM64 (Graviton: cheaper per vCPU-hour) or X86_64.", str("ARM64"),
                check(call("contains", Hcl.strings(List.of("ARM64", "X86_64")), var("architecture")),
                        "architecture must be ARM64 or X86_64."));
        m.optional("command", Types.STRINGS, "Command instead of the image's default (null: the image's).", nul());
        m.optional("environment", Types.STRING_MAP, "Plain environment variables (never secret values).", obj().build());
        m.optional("secrets", Types.STRING_MAP, "Variables injected from Secrets Manager or SSM at start, by name: the"
                + " secret or parameter ARN (a JSON key of a secret: ARN:key::). The execution role must may read them.",
                obj().build());
        m.optional("user", Types.STRING, "Numeric user (and group) the container runs as.", str("10001:10001"),
                check(call("can", call("regex", str("^[1-9][0-9]*(:[0-9]+)?$"), var("user"))),
                        "user must be a numeric, non-root uid (optionally :gid)."));
        m.optional("log_retention_in_days", Types.NUMBER, "Days CloudWatch keeps the logs.", num(30),
                check(call("contains", list(java.util.Arrays.stream(LambdaModule.RETENTIONS).mapToObj(Hcl::num).toList()),
                        var("log_retention_in_days")), "log_retention_in_days must be a retention CloudWatch Logs offers."));
        m.optional("task_statements", IamModule.STATEMENTS, "Statements of the task role (what the code may do).", list(),
                IamModule.noStar("task_statements"));
        m.optional("execution_statements", IamModule.STATEMENTS, "Extra statements of the execution role (pulling a"
                + " private image, reading the secrets injected); writing its own logs is always granted.", list(),
                IamModule.noStar("execution_statements"));
        if (service) {
            m.optional("health_check", Types.object("command", Types.STRINGS, "interval", Types.NUMBER, "timeout", Types.NUMBER,
                    "retries", Types.NUMBER, "startPeriod", Types.NUMBER), "The container's own health check, in the task"
                    + " definition's shape: a command run inside it ([\"CMD\", ...]) and its timing in seconds (null: none;"
                    + " ECS ignores an image's HEALTHCHECK, so a service no load balancer checks would be restarted only"
                    + " when it exits).", nul(), check(op(op(var("health_check"), "==", nul()), "||", call("try",
                    op(Hcl.index(Hcl.attr(var("health_check"), "command"), num(0)), "==", str("CMD")), Hcl.bool(false))),
                    "health_check.command must start with \"CMD\" (exec form)."));
        }
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
    }

    /** Log group, execution and task roles, the task definition. {@code port} null: a job (no port mapping). */
    static void resources(TfModule m, Expr port) {
        m.data("aws_caller_identity", "current", b -> { });
        m.data("aws_region", "current", b -> { });
        m.resource("aws_cloudwatch_log_group", "this", b -> b
                .attr("name", tmpl("/ecs/", var("name")))
                .comment("FORGE-LOG-001: logs kept for a bounded time.")
                .attr("retention_in_days", var("log_retention_in_days"))
                .attr("tags", var("tags")));
        m.locals(l -> l.attr("own_log_statements", list(obj()
                .put("sid", "WriteOwnLogs")
                .put("actions", Hcl.strings(List.of("logs:CreateLogStream", "logs:PutLogEvents")))
                .put("resources", list(tmpl(ref("aws_cloudwatch_log_group.this.arn"), ":log-stream:*"))).build())));
        role(m, "execution", "ECS starting the task: pull the image, inject the secrets, write the logs");
        m.resource("aws_iam_role_policy", "execution", b -> b
                .attr("name", tmpl(var("name"), "-execution"))
                .attr("role", ref("aws_iam_role.execution.id"))
                .attr("policy", IamModule.policy(call("concat", ref("local.own_log_statements"), var("execution_statements")))));
        role(m, "task", "the code in the task: exactly what the spec's uses: grant");
        m.resource("aws_iam_role_policy", "task", b -> b
                .attr("count", cond(op(call("length", var("task_statements")), ">", num(0)), num(1), num(0))).blank()
                .attr("name", tmpl(var("name"), "-task"))
                .attr("role", ref("aws_iam_role.task.id"))
                .attr("policy", IamModule.policy(var("task_statements"))));
        Hcl.Obj container = obj()
                .put("name", CONTAINER)
                .put("image", var("image"))
                .put("essential", bool(true))
                .put("command", var("command"))
                .put("environment", forList("k", call("keys", var("environment")),
                        obj().put("name", ref("k")).put("value", Hcl.index(var("environment"), ref("k"))).build()))
                .put("secrets", forList("k", call("keys", var("secrets")),
                        obj().put("name", ref("k")).put("valueFrom", Hcl.index(var("secrets"), ref("k"))).build()))
                .put("user", var("user"))
                .put("readonlyRootFilesystem", bool(true))
                .put("mountPoints", list(obj().put("sourceVolume", "tmp").put("containerPath", "/tmp")
                        .put("readOnly", bool(false)).build()))
                .put("linuxParameters", obj().put("initProcessEnabled", bool(true))
                        .put("capabilities", obj().put("drop", Hcl.strings(List.of("ALL"))).build()).build())
                .put("logConfiguration", obj().put("logDriver", "awslogs").put("options", obj()
                        .put("awslogs-group", ref("aws_cloudwatch_log_group.this.name"))
                        .put("awslogs-region", ref("data.aws_region.current.region"))
                        .put("awslogs-stream-prefix", CONTAINER).build()).build());
        if (port != null) {
            container.put("portMappings", list(obj().put("containerPort", port).put("protocol", "tcp").build()));
            container.put("healthCheck", var("health_check"));
        }
        m.resource("aws_ecs_task_definition", "this", b -> b
                .attr("family", var("name"))
                .attr("requires_compatibilities", Hcl.strings(List.of("FARGATE")))
                .attr("network_mode", "awsvpc")
                .attr("cpu", call("tostring", var("cpu")))
                .attr("memory", call("tostring", var("memory")))
                .attr("execution_role_arn", ref("aws_iam_role.execution.arn"))
                .attr("task_role_arn", ref("aws_iam_role.task.arn"))
                .block("runtime_platform", r -> r.attr("operating_system_family", "LINUX")
                        .attr("cpu_architecture", var("architecture")))
                .comment("Read-only root filesystem (checkov CKV_AWS_336; FORGE-K8S-002 on pods): /tmp is the one writable place.")
                .block("volume", v -> v.attr("name", "tmp"))
                .comment("Secrets arrive as `secrets` (valueFrom), never in `environment` (FORGE-SEC-001); not privileged")
                .comment("mode, every capability dropped, a numeric non-root user (FORGE-DKR-001).")
                .attr("container_definitions", call("jsonencode", list(container.build())))
                .attr("tags", var("tags")));
    }

    /** A role ECS tasks assume, from this account only (the confused-deputy condition AWS recommends). */
    private static void role(TfModule m, String label, String what) {
        m.resource("aws_iam_role", label, b -> b
                .attr("name", tmpl(var("name"), "-" + label))
                .attr("description", "Role of " + what)
                .attr("assume_role_policy", Policies.serviceTrust("TrustEcsTasks", "ecs-tasks.amazonaws.com"))
                .attr("tags", var("tags")));
    }

    static void outputs(TfModule m) {
        m.output("task_definition_arn", "ARN of the task definition (with its revision).",
                ref("aws_ecs_task_definition.this.arn"));
        m.output("task_role_arn", "ARN of the task role.", ref("aws_iam_role.task.arn"));
        m.output("task_role_name", "Name of the task role.", ref("aws_iam_role.task.name"));
        m.output("execution_role_arn", "ARN of the execution role.", ref("aws_iam_role.execution.arn"));
        m.output("log_group_name", "Name of the log group.", ref("aws_cloudwatch_log_group.this.name"));
    }
}
