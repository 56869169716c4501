package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Hcl;
import java.util.List;

/** {@code modules/ecs_cluster}: the environment's ECS cluster for Fargate services and jobs, with Container Insights. */
final class EcsClusterModule {

    static final String NAME = "ecs_cluster";

    private EcsClusterModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "An ECS cluster for Fargate tasks with Container Insights (per-task CPU, memory,"
                + " network and storage metrics in CloudWatch) and the FARGATE capacity provider as its default.");
        m.required("name", Types.STRING, "Name of the cluster.");
        m.optional("container_insights", Types.STRING, "enhanced (per-task and per-container metrics), enabled or"
                + " disabled.", str("enhanced"), check(Hcl.call("contains", Hcl.strings(List.of("enhanced", "enabled",
                "disabled")), var("container_insights")), "container_insights must be enhanced, enabled or disabled."));
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.optional("discovery_namespace", Types.STRING, "Name of the private DNS namespace (AWS Cloud Map) the services"
                + " others call register in, e.g. prod.app.internal (null: none).", Hcl.nul());
        m.optional("vpc_id", Types.STRING, "VPC of the private DNS namespace (with discovery_namespace).", Hcl.nul());
        m.resource("aws_ecs_cluster", "this", b -> b
                .attr("name", var("name"))
                .comment("Container Insights: the metrics the alarms and the dashboard read (FORGE monitoring).")
                .block("setting", s -> s.attr("name", "containerInsights").attr("value", var("container_insights")))
                .attr("tags", var("tags")));
        m.resource("aws_ecs_cluster_capacity_providers", "this", b -> b
                .attr("cluster_name", ref("aws_ecs_cluster.this.name"))
                .attr("capacity_providers", Hcl.strings(List.of("FARGATE")))
                .block("default_capacity_provider_strategy", s -> s.attr("capacity_provider", "FARGATE")
                        .attr("weight", 1).attr("base", 0)));
        m.resource("aws_service_discovery_private_dns_namespace", "this", b -> b
                .attr("count", Hcl.cond(Hcl.op(var("discovery_namespace"), "==", Hcl.nul()), Hcl.num(0), Hcl.num(1)))
                .blank()
                .comment("Resolvable only inside the VPC: services find each other by name, nothing outside sees them.")
                .attr("name", var("discovery_namespace"))
                .attr("description", Hcl.tmpl("Services of ", var("name"), " by name (ECS registers their tasks)."))
                .attr("vpc", var("vpc_id"))
                .attr("tags", var("tags")));
        m.output("cluster_name", "Name of the cluster.", ref("aws_ecs_cluster.this.name"));
        m.output("cluster_arn", "ARN of the cluster.", ref("aws_ecs_cluster.this.arn"));
        m.output("discovery_namespace_id", "ID of the private DNS namespace (null without one).",
                Hcl.call("one", ref("aws_service_discovery_private_dns_namespace.this[*].id")));
        return m;
    }

}
