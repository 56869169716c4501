package dev.forge.targets.terraform;

import dev.forge.platform.aws.ApiRoutes;
import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.AutoscalingSpec;
import dev.forge.model.Cpu;
import dev.forge.model.ImageSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.ScalingScheduleSpec;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Size;
import dev.forge.model.Spec;
import dev.forge.platform.aws.AwsDefaults;
import dev.forge.platform.aws.Fargate;
import dev.forge.platform.aws.IamPolicies;
import java.util.List;
import java.util.TreeMap;

/** The ECS cluster (module ecs_cluster) and each service (module ecs_service) in an environment root. */
final class RootServices {

    private RootServices() {
    }

    static void add(Root root) {
        Spec s = root.env.spec();
        if (!s.services().isEmpty() || !s.jobs().isEmpty()) {
            java.util.Set<String> registered = root.registeredServices();
            root.module("ecs_cluster", EcsClusterModule.NAME, b -> {
                b.attr("name", root.env.naming().prefix());
                if (!registered.isEmpty()) {
                    b.attr("discovery_namespace", dev.forge.platform.aws.ServiceDiscovery.namespace(root.env))
                            .attr("vpc_id", ref("module.network.vpc_id"));
                }
            });
            root.output("ecs_cluster_name", "Name of the ECS cluster.", ref("module.ecs_cluster.cluster_name"));
        }
        if (s.services().isEmpty()) {
            return;
        }
        new TreeMap<>(s.services()).forEach((name, x) -> root.module(new Ref(Kind.SERVICE, name), EcsServiceModule.NAME,
                b -> service(root, b, name, x)));
        root.output("service_names", "ECS service names by spec name.", byName(s, "service_name"));
        root.output("service_log_groups", "CloudWatch log groups of the services, by spec name.", byName(s, "log_group_name"));
    }

    private static java.util.Map<String, Expr> byName(Spec s, String output) {
        java.util.Map<String, Expr> m = new TreeMap<>();
        s.services().keySet().forEach(n -> m.put(n, Refs.out(new Ref(Kind.SERVICE, n), output)));
        return m;
    }

    private static void service(Root root, Body b, String name, ServiceSpec x) {
        Ref self = new Ref(Kind.SERVICE, name);
        task(root, b, self, x.image(), x.cpu(), x.memory(), x.command());
        b.attr("cluster_arn", ref("module.ecs_cluster.cluster_arn"))
                .attr("cluster_name", ref("module.ecs_cluster.cluster_name"))
                .attr("port", x.port())
                .attr("subnet_ids", ref("module.network.private_subnet_ids"))
                .attr("security_group_ids", list(index(ref("module.network.security_group_ids"), str("service:" + name))));
        healthCheck(root, b, name, x);
        if (root.registeredServices().contains(name)) {
            b.attr("discovery_namespace_id", ref("module.ecs_cluster.discovery_namespace_id"))
                    .attr("discovery_name", name);
        }
        AutoscalingSpec auto = x.autoscaling();
        b.attr("desired_count", auto != null ? auto.min() : x.replicas());
        String front = ApiRoutes.frontOf(root.env.spec(), name);
        Expr lb = front == null ? null : ref("module." + Refs.moduleLabel(new Ref(Kind.API, front)));
        if (lb != null) {
            b.attr("target_group_arn", index(Hcl.attr(lb, "target_group_arns"), str(name)))
                    .attr("health_check_grace_period_seconds", x.health().initialDelay().seconds());
        }
        if (auto != null) {
            b.attr("min_capacity", auto.min()).attr("max_capacity", auto.max()).attr("cpu_target", auto.cpu());
            if (auto.memory() != null) {
                b.attr("memory_target", auto.memory());
            }
            if (auto.requests() != null && lb != null) {
                b.attr("requests_per_target", auto.requests())
                        .attr("request_count_resource_label", tmpl(Hcl.attr(lb, "load_balancer_arn_suffix"), "/",
                                index(Hcl.attr(lb, "target_group_arn_suffixes"), str(name))));
            }
            if (x.scalingSchedules() != null && !x.scalingSchedules().isEmpty()) {
                Hcl.Obj schedules = obj();
                for (int i = 0; i < x.scalingSchedules().size(); i++) {
                    ScalingScheduleSpec sc = x.scalingSchedules().get(i);
                    schedules.put(String.valueOf(i + 1), obj().put("schedule", RootJobs.aws(sc.schedule(), "service " + name))
                            .put("timezone", sc.timezone()).put("min", num(sc.min())).put("max", num(sc.max())).build());
                }
                b.attr("scaling_schedules", schedules.build());
            }
        }
        if (Modules.oidc(root.env.spec()) && dev.forge.platform.aws.EcsRollouts.of(root.env.spec()).contains(name)) {
            b.attr("ci_deploys_image", true); // deploy.yml rolls out its images (the deploy role may)
        }
        if (lb != null && dev.forge.platform.aws.EcsBlueGreen.eligible(root.env.spec(), name)) {
            b.attr("deployment", "blue-green")
                    .attr("green_target_group_arn", index(Hcl.attr(lb, "green_target_group_arns"), str(name)))
                    .attr("production_listener_rule_arn", index(Hcl.attr(lb, "production_listener_rule_arns"), str(name)));
        }
        String fallback = dev.forge.platform.aws.EcsBlueGreen.fallback(root.env.spec(), name);
        if (fallback != null) {
            root.notes.add(fallback);
        }
    }

    /**
     * The container's own health check, the command the docker target writes as the image's HEALTHCHECK (ECS ignores
     * that one), with the spec's timing fitted to what ECS takes (interval 5-300 s, timeout 2-60 s, retries 1-10,
     * start period 0-300 s). None for an image Forge does not build or whose runtime has no client (distroless).
     */
    private static void healthCheck(Root root, Body b, String name, ServiceSpec x) {
        dev.forge.model.ContainerRuntime family = root.serviceFamilies.get(name);
        dev.forge.model.HealthSpec h = x.health();
        if (family == null || h == null) {
            return;
        }
        dev.forge.platform.containers.HealthCommands.of(family, x.port(), h).ifPresent(cmd -> b.attr("health_check", obj()
                .put("command", strings(java.util.stream.Stream.concat(java.util.stream.Stream.of("CMD"), cmd.stream()).toList()))
                .put("interval", num(clamp(h.interval().seconds(), 5, 300)))
                .put("timeout", num(clamp(h.timeout().seconds(), 2, 60)))
                .put("retries", num(clamp(h.unhealthyThreshold(), 1, 10)))
                .put("startPeriod", num(clamp(h.initialDelay().seconds(), 0, 300))).build()));
    }

    private static long clamp(long v, long min, long max) {
        return Math.max(min, Math.min(max, v));
    }

    /**
     * What services and jobs share: name, image, Fargate size, command, environment and secrets, logs, and both
     * roles' statements.
     */
    static void task(Root root, Body b, Ref self, ImageSpec image, Cpu cpu, Size memory, List<String> command) {
        String name = self.name();
        b.attr("name", RootTriggers.fit(root.env.naming().base(name), 52));
        boolean built = image.build() != null;
        b.attr("image", built ? tmpl(index(ref("module.ecr.repository_urls"), str(name)), ":", var("image_tag"))
                : str(image.ref()));
        Fargate.TaskSize size = Fargate.fit(cpu, memory); // FORGE-ECS-001/002 refuse a pair that is not a size
        b.attr("cpu", size == null ? Fargate.units(cpu) : size.cpuUnits())
                .attr("memory", size == null ? memory.mebibytes() : size.memoryMib());
        if (command != null && !command.isEmpty()) {
            b.attr("command", strings(command));
        }
        EcsEnv env = EcsEnv.of(root, self);
        b.attr("environment", Hcl.obj(env.environment)).attr("secrets", Hcl.obj(env.secrets))
                .attr("log_retention_in_days", AwsDefaults.of(root.env).logRetentionDays());
        List<Policies.Statement> task = Policies.grants(root, self);
        if (!task.isEmpty()) {
            b.attr("task_statements", list(task.stream().map(Policies.Statement::toHcl).toList()));
        }
        List<Policies.Statement> execution = Policies.render(root, IamPolicies.ecsExecution(root.env, self, built));
        if (!execution.isEmpty()) {
            b.attr("execution_statements", list(execution.stream().map(Policies.Statement::toHcl).toList()));
        }
    }
}
