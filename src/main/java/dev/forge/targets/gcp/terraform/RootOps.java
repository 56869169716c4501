package dev.forge.targets.gcp.terraform;

import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.AlarmsSpec;
import dev.forge.platform.gcp.GcpNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The root's alert policies and budget. */
final class RootOps {

    private RootOps() {
    }

    static void add(Root r) {
        monitoring(r);
        budget(r);
    }

    private static void monitoring(Root r) {
        var s = r.spec;
        AlarmsSpec a = s.monitoring() == null ? null : s.monitoring().alarms();
        if (a == null || !Boolean.TRUE.equals(a.enabled())) {
            return;
        }
        Map<String, Expr> p = new LinkedHashMap<>();
        RootData.of(s.databases()).keySet().forEach(d -> {
            Expr db = Hcl.tmpl("resource.type = \"cloudsql_database\" AND resource.labels.database_id = \"", var("project"),
                    ":" + r.name(d) + "\" AND metric.type = \"cloudsql.googleapis.com/database/");
            p.put("db_cpu_" + d, policy("database " + d + " CPU", cat(db, "cpu/utilization\""), "ALIGN_MEAN", "0.8", "300s",
                    "Cloud SQL instance " + r.name(d) + " used more than 80 % CPU for 5 minutes."));
            p.put("db_disk_" + d, policy("database " + d + " disk", cat(db, "disk/utilization\""), "ALIGN_MEAN", "0.85", "300s",
                    "Cloud SQL instance " + r.name(d) + " disk is more than 85 % full."));
        });
        RootData.of(s.caches()).forEach((c, spec) -> {
            if (RootData.rendered(spec)) {
                p.put("cache_memory_" + c, policy("cache " + c + " memory", Hcl.tmpl("resource.type = \"redis_instance\" AND"
                        + " resource.labels.instance_id = \"projects/", var("project"), "/locations/", var("region"), "/instances/"
                        + r.name(c) + "\" AND metric.type = \"redis.googleapis.com/stats/memory/usage_ratio\""), "ALIGN_MAX", "0.8",
                        "300s", "Memorystore instance " + r.name(c) + " uses more than 80 % of its memory."));
            }
        });
        RootData.of(s.services()).keySet().forEach(svc -> {
            String run = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"" + r.name(svc) + "\" AND metric.type = ";
            p.put("run_5xx_" + svc, policy("service " + svc + " 5xx", str(run + "\"run.googleapis.com/request_count\" AND"
                    + " metric.labels.response_code_class = \"5xx\""), "ALIGN_SUM", String.valueOf(a.server5xx()), "0s",
                    "Cloud Run service " + r.name(svc) + " answered more than " + a.server5xx() + " 5xx in 5 minutes."));
            p.put("run_latency_" + svc, policy("service " + svc + " p99 latency", str(run + "\"run.googleapis.com/request_latencies\""),
                    "ALIGN_PERCENTILE_99", String.valueOf(a.latency().seconds() * 1000), "300s",
                    "Cloud Run service " + r.name(svc) + " p99 latency is above " + a.latency() + "."));
            p.put("run_cpu_" + svc, policy("service " + svc + " CPU", str(run + "\"run.googleapis.com/container/cpu/utilizations\""),
                    "ALIGN_PERCENTILE_99", ratio(a.cpu()), "300s", "Cloud Run service " + r.name(svc) + " CPU above " + a.cpu() + " %."));
            p.put("run_memory_" + svc, policy("service " + svc + " memory", str(run + "\"run.googleapis.com/container/memory/utilizations\""),
                    "ALIGN_PERCENTILE_99", ratio(a.memory()), "300s", "Cloud Run service " + r.name(svc) + " memory above " + a.memory() + " %."));
        });
        RootData.of(s.jobs()).keySet().forEach(j -> p.put("job_failed_" + j, policy("job " + j + " failed",
                str("resource.type = \"cloud_run_job\" AND resource.labels.job_name = \"" + GcpNames.job(r.app(), j, r.envName())
                        + "\" AND metric.type = \"run.googleapis.com/job/completed_execution_count\" AND metric.labels.result = \"failed\""),
                "ALIGN_SUM", "0", "0s", "A run of Cloud Run job " + GcpNames.job(r.app(), j, r.envName()) + " failed.")));
        RootData.of(s.queues()).keySet().forEach(q -> p.put("queue_dead_letters_" + q, policy("queue " + q + " dead letters",
                str("resource.type = \"pubsub_subscription\" AND resource.labels.subscription_id = \"" + r.name(q) + "-dlq\" AND"
                        + " metric.type = \"pubsub.googleapis.com/subscription/num_undelivered_messages\""),
                "ALIGN_MAX", "0", "0s", "Messages of queue " + r.name(q) + " failed every delivery and wait in its dead-letter subscription.")));
        if (p.isEmpty()) {
            return;
        }
        r.apis.add("monitoring.googleapis.com");
        r.module("monitoring", "monitoring", b -> b.attr("name", r.app() + "-" + r.envName())
                .attr("emails", Hcl.strings(r.env.environment().alertEmails())).attr("policies", Hcl.obj(p)));
    }

    private static Expr cat(Expr template, String tail) {
        List<Object> parts = new java.util.ArrayList<>(((Expr.Template) template).parts());
        parts.add(tail);
        return Hcl.tmpl(parts.toArray());
    }

    private static String ratio(int percent) {
        return new java.math.BigDecimal(percent).movePointLeft(2).stripTrailingZeros().toPlainString();
    }

    private static Expr policy(String name, Expr filter, String aligner, String threshold, String duration, String doc) {
        return Hcl.obj().put("display_name", name).put("filter", filter).put("aligner", aligner)
                .put("threshold", new Expr.Num(threshold)).put("duration", duration).put("documentation", doc).build();
    }

    private static void budget(Root r) {
        var b = r.spec.budget();
        if (b == null || b.monthly() == null || b.monthly() <= 0) {
            return;
        }
        List<String> emails = b.email() != null && !b.email().isEmpty() ? b.email() : r.env.environment().alertEmails();
        if (emails.isEmpty()) {
            return;
        }
        r.apis.addAll(List.of("billingbudgets.googleapis.com", "monitoring.googleapis.com"));
        r.variables.put("billing_account", new GModule.Variable("billing_account", GModule.STRING,
                "Cloud Billing account ID the budget belongs to (XXXXXX-XXXXXX-XXXXXX).", null));
        r.module("budget", "budget", m -> m.attr("billing_account", var("billing_account"))
                .attr("name", r.app() + "-" + r.envName()).attr("amount", b.monthly()).attr("emails", Hcl.strings(emails)));
    }
}
