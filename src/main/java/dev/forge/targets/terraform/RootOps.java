package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Hcl;
import dev.forge.model.AlarmsSpec;
import dev.forge.model.ApiType;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.platform.aws.AwsDefaults;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** ECR repositories, the GitHub OIDC deploy role and monitoring in an environment root. */
final class RootOps {

    private RootOps() {
    }

    static void add(Root root) {
        Spec s = root.env.spec();
        Hcl.Obj repos = obj();
        List<String> built = new ArrayList<>();
        dev.forge.platform.aws.EcrRepositories.of(s).forEach(r -> {
            repos.put(r.name(), root.env.naming().base(r.name()));
            built.add(r.name());
        });
        if (!built.isEmpty()) {
            root.module("ecr", "ecr", b -> b.attr("repositories", repos.build())
                    .attr("force_delete", AwsDefaults.of(root.env).repositoryForceDelete()));
            root.output("ecr_repository_urls", "ECR repository URLs by function, service and job.", ref("module.ecr.repository_urls"));
        }
        if (Modules.oidc(s)) {
            dev.forge.emit.hcl.Expr artifacts = RootArtifacts.add(root);
            root.module("github_oidc", GithubOidcModule.NAME, b -> {
                b.attr("role_name", root.env.naming().base("deploy"))
                        .attr("repository", s.ci().github().repo())
                        .attr("branch", s.ci().github().branch())
                        .attr("github_environment", root.env.name())
                        .attr("require_environment", approved(s, root.env.name(), root.env.environment().approval()))
                        .attr("create_provider", var("create_github_oidc_provider"))
                        .attr("function_arns", list(new TreeMap<>(s.functions()).keySet().stream()
                                .map(n -> Refs.out(new Ref(Kind.FUNCTION, n), "function_arn")).toList()));
                if (!built.isEmpty()) {
                    b.attr("repository_arns", call("values", ref("module.ecr.repository_arns")));
                }
                List<String> rolled = dev.forge.platform.aws.EcsRollouts.of(s);
                if (!rolled.isEmpty()) {
                    List<dev.forge.emit.hcl.Expr> roles = new ArrayList<>();
                    rolled.forEach(n -> {
                        roles.add(Refs.out(new Ref(Kind.SERVICE, n), "task_role_arn"));
                        roles.add(Refs.out(new Ref(Kind.SERVICE, n), "execution_role_arn"));
                    });
                    b.attr("ecs_cluster_name", ref("module.ecs_cluster.cluster_name"))
                            .attr("ecs_service_names", list(rolled.stream()
                                    .map(n -> Refs.out(new Ref(Kind.SERVICE, n), "service_name")).toList()))
                            .attr("ecs_task_role_arns", list(roles));
                }
                dev.forge.platform.aws.EksDeploys.Target eks = dev.forge.platform.aws.EksDeploys.of(root.env);
                if (eks != null) {
                    b.attr("eks_cluster_name", eks.cluster())
                            .attr("eks_namespace", eks.namespace())
                            .attr("eks_kubernetes_group", eks.group());
                }
                List<String> shifted = dev.forge.platform.aws.LambdaDeployments.of(s);
                if (!shifted.isEmpty()) {
                    // platform.aws.LambdaDeployments: the groups CI creates deployments in, and their configurations
                    b.attr("codedeploy_application", ref("module.lambda_deployments.application_name"))
                            .attr("codedeploy_deployment_groups", call("values", ref("module.lambda_deployments.deployment_group_names")))
                            .attr("codedeploy_configs", dev.forge.emit.hcl.Hcl.strings(new java.util.TreeSet<>(shifted.stream()
                                    .map(n -> dev.forge.platform.aws.LambdaDeployments.config(s.functions().get(n).deployment()))
                                    .toList()).stream().toList()));
                }
                if (artifacts != null) {
                    b.attr("artifact_bucket", artifacts);
                }
                if (dev.forge.platform.aws.GithubOidc.costReport(s)) {
                    b.attr("cost_report", true);
                }
                b.attr("state_bucket", var("state_bucket"))
                        .attr("state_key", EnvironmentRoot.stateKey(root.env));
            });
            root.output("deploy_role_arn", "Role GitHub Actions assumes to deploy (role-to-assume).",
                    ref("module.github_oidc.role_arn"));
            if (dev.forge.platform.aws.GithubOidc.costReport(s)) {
                root.output("cost_report_role_arn", "Role GitHub Actions' scheduled cost report assumes (the GitHub"
                        + " environment's AWS_COST_REPORT_ROLE_ARN).", ref("module.github_oidc.cost_report_role_arn"));
            }
        }
        if (Modules.has(root.modules, MonitoringModule.NAME)) {
            monitoring(root, s);
        }
        RootBudget.add(root);
        RootUserPools.add(root);
        RootWaf.add(root);
    }

    /** Whether a person approves this environment's deployments (shared: {@link dev.forge.platform.aws.GithubOidc}). */
    static boolean approved(Spec s, String env, boolean envApproval) {
        return dev.forge.platform.aws.GithubOidc.onlyEnvironment(s, env, envApproval);
    }

    private static void monitoring(Root root, Spec s) {
        AlarmsSpec alarms = s.monitoring().alarms();
        Hcl.Obj functions = obj();
        Hcl.Obj dlqs = obj();
        new TreeMap<>(s.functions()).forEach((n, f) -> {
            Ref r = new Ref(Kind.FUNCTION, n);
            functions.put(n, obj().put("function_name", Refs.out(r, "function_name"))
                    .put("timeout_seconds", num(f.timeout().seconds())).build());
            if (Boolean.TRUE.equals(f.dlq())) {
                dlqs.put("function-" + n, Refs.out(r, "dead_letter_queue_name"));
            }
        });
        new TreeMap<>(s.queues()).keySet().forEach(n -> dlqs.put("queue-" + n, Refs.out(new Ref(Kind.QUEUE, n), "queue_dead_letter_name")));
        RootTriggers.deadLetterQueues(root).forEach(dlqs::put);
        Hcl.Obj streams = obj();
        RootTriggers.streamFunctions(root).forEach(n -> streams.put(n, Refs.out(new Ref(Kind.FUNCTION, n), "function_name")));
        boolean schedules = RootTriggers.anySchedule(root);
        Hcl.Obj http = obj();
        Hcl.Obj rest = obj();
        new TreeMap<>(s.apis()).forEach((n, a) -> {
            if (a.type() != ApiType.LOADBALANCER && Modules.servesFunctions(a)) {
                Ref r = new Ref(Kind.API, n);
                if (a.type() == ApiType.REST) {
                    rest.put(n, Refs.out(r, "api_name"));
                } else {
                    http.put(n, Refs.out(r, "api_id"));
                }
            }
        });
        Hcl.Obj tables = obj();
        new TreeMap<>(s.tables()).keySet().forEach(n -> tables.put(n, Refs.out(new Ref(Kind.TABLE, n), "table_name")));
        boolean streamed = !RootTriggers.streamFunctions(root).isEmpty();
        root.module("monitoring", MonitoringModule.NAME, b -> {
            b.attr("name", root.env.naming().prefix())
                    .attr("alert_emails", strings(root.env.environment().alertEmails()))
                    .attr("functions", functions.build())
                    .attr("http_apis", http.build())
                    .attr("rest_apis", rest.build())
                    .attr("tables", tables.build())
                    .attr("dead_letter_queues", dlqs.build())
                    .attr("error_threshold", alarms.errors())
                    .attr("duration_percent", alarms.durationPercent())
                    .attr("server_error_threshold", alarms.server5xx())
                    .attr("latency_threshold_ms", alarms.latency().millis())
                    .attr("create_alarms", bool(Boolean.TRUE.equals(alarms.enabled())))
                    .attr("create_dashboard", bool(Boolean.TRUE.equals(s.monitoring().dashboard())));
            if (streamed) {
                b.attr("stream_functions", streams.build());
            }
            if (schedules) {
                // EventBridge Scheduler reports per schedule group only: the schedules are in the default group
                b.attr("schedule_groups", obj().put("default", "default").build());
            }
            RootMonitoringFeeds.add(root, b);
        });
        root.output("alarm_topic_arn", "SNS topic the alarms notify.", ref("module.monitoring.alarm_topic_arn"));
    }
}
