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
        m.output("cluster_name", "Name of the cluster.", ref("aws_ecs_cluster.this.name"));
        m.output("cluster_arn", "ARN of the cluster.", ref("aws_ecs_cluster.this.arn"));
        return m;
    }

}
