package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;

import dev.forge.emit.hcl.Expr;
import dev.forge.model.JobSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Schedule;
import dev.forge.model.Spec;
import java.util.Map;
import java.util.TreeMap;

/** Each job (module ecs_job) in an environment root: on demand, or on its schedule through EventBridge Scheduler. */
final class RootJobs {

    private RootJobs() {
    }

    static void add(Root root) {
        Spec s = root.env.spec();
        new TreeMap<>(s.jobs()).forEach((name, j) -> root.module(new Ref(Kind.JOB, name), EcsJobModule.NAME, b -> {
            RootServices.task(root, b, new Ref(Kind.JOB, name), j.image(), j.cpu(), j.memory(), j.command());
            b.attr("cluster_arn", ref("module.ecs_cluster.cluster_arn"))
                    .attr("subnet_ids", ref("module.network.private_subnet_ids"))
                    .attr("security_group_ids", list(index(ref("module.network.security_group_ids"), str("job:" + name))));
            schedule(b, name, j);
        }));
        new TreeMap<>(s.jobs()).keySet().forEach(n -> root.notes.add("Job `" + n + "`: its `timeout` is not enforced"
                + " (ECS has no run timeout: the job must stop itself)."));
        Map<String, Expr> families = new TreeMap<>();
        s.jobs().keySet().forEach(n -> families.put(n, Refs.out(new Ref(Kind.JOB, n), "task_definition_family")));
        root.output("job_task_definitions", "Task definition families of the jobs (aws ecs run-task), by spec name.",
                families);
    }

    private static void schedule(dev.forge.emit.hcl.Body b, String name, JobSpec j) {
        if (j.schedule() == null) {
            return;
        }
        b.attr("schedule_expression", aws(j.schedule(), "job " + name))
                .attr("schedule_timezone", j.timezone() == null ? "UTC" : j.timezone())
                .attr("retries", j.retries() == null ? 0 : j.retries());
    }

    /** The EventBridge cron(...) of a five-field cron validation already accepted. */
    static String aws(String cron, String who) {
        try {
            return Schedule.parse(cron).aws();
        } catch (Schedule.Invalid ex) {
            throw new IllegalStateException("schedule of " + who + " passed validation: " + ex.getMessage(), ex);
        }
    }
}
