package dev.forge.targets.gcp.terraform;

import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.gcp.terraform.GModule.NUMBER;
import static dev.forge.targets.gcp.terraform.GModule.STRING;
import static dev.forge.targets.gcp.terraform.GModule.STRINGS;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;

/** Budgets and alert policies. */
final class OpsModules {

    private OpsModules() {
    }

    static GModule budget() {
        GModule m = new GModule("budget", "A monthly Cloud Billing budget on the environment's project, e-mailing when"
                + " the month's forecast reaches 80 % and 100 % of the amount (through Cloud Monitoring e-mail channels).");
        m.required("billing_account", STRING, "Billing account ID the budget belongs to.")
                .required("name", STRING, "Display name.")
                .required("amount", NUMBER, "Monthly amount in US dollars.")
                .required("emails", STRINGS, "Addresses alerted.");
        m.data("google_project", "this", b -> { });
        m.resource("google_monitoring_notification_channel", "email", b -> b.attr("for_each", Hcl.call("toset", var("emails")))
                .attr("display_name", Hcl.tmpl(var("name"), " budget: ", ref("each.value"))).attr("type", "email")
                .attr("labels", Hcl.obj().put("email_address", ref("each.value")).build()));
        m.resource("google_billing_budget", "this", b -> b.attr("billing_account", var("billing_account"))
                .attr("display_name", var("name"))
                .block("budget_filter", f -> f.attr("projects", Hcl.list(Hcl.tmpl("projects/", ref("data.google_project.this.number"))))
                        .attr("calendar_period", "MONTH"))
                .block("amount", a -> a.block("specified_amount", s -> s.attr("currency_code", "USD")
                        .attr("units", Hcl.call("tostring", var("amount")))))
                .block("threshold_rules", t -> t.attr("threshold_percent", new Expr.Num("0.8")).attr("spend_basis", "FORECASTED_SPEND"))
                .block("threshold_rules", t -> t.attr("threshold_percent", new Expr.Num("1.0")).attr("spend_basis", "FORECASTED_SPEND"))
                .block("all_updates_rule", u -> u.attr("monitoring_notification_channels",
                        Hcl.forList("c", Hcl.call("values", ref("google_monitoring_notification_channel.email")), ref("c.id")))
                        .attr("disable_default_iam_recipients", true)));
        m.output("name", "Budget resource name.", ref("google_billing_budget.this.name"));
        return m;
    }

    static GModule monitoring() {
        GModule m = new GModule("monitoring", "Cloud Monitoring alert policies (one threshold condition each) sent to"
                + " e-mail notification channels for the environment's alert addresses.");
        Expr policy = GModule.object("display_name", STRING, "filter", STRING, "aligner", STRING, "threshold", NUMBER,
                "duration", STRING, "documentation", STRING);
        m.required("name", STRING, "Prefix of display names (app-env).")
                .optional("emails", STRINGS, "Addresses alerted.", Hcl.list())
                .required("policies", GModule.mapOf(policy), "Alert policies by a stable key: a metric filter, the aligner"
                        + " over 5 minutes, the threshold it must stay above for `duration`.");
        m.resource("google_monitoring_notification_channel", "email", b -> b.attr("for_each", Hcl.call("toset", var("emails")))
                .attr("display_name", Hcl.tmpl(var("name"), " alerts: ", ref("each.value"))).attr("type", "email")
                .attr("labels", Hcl.obj().put("email_address", ref("each.value")).build()));
        m.resource("google_monitoring_alert_policy", "this", b -> b.attr("for_each", var("policies"))
                .attr("display_name", Hcl.tmpl(var("name"), " ", ref("each.value.display_name")))
                .attr("combiner", "OR").attr("severity", "ERROR")
                .attr("notification_channels", Hcl.forList("c", Hcl.call("values", ref("google_monitoring_notification_channel.email")), ref("c.id")))
                .block("conditions", c -> c.attr("display_name", ref("each.value.display_name"))
                        .block("condition_threshold", t -> t.attr("filter", ref("each.value.filter"))
                                .attr("comparison", "COMPARISON_GT").attr("threshold_value", ref("each.value.threshold"))
                                .attr("duration", ref("each.value.duration"))
                                .block("aggregations", a -> a.attr("alignment_period", "300s")
                                        .attr("per_series_aligner", ref("each.value.aligner")))))
                .block("documentation", d -> d.attr("content", ref("each.value.documentation")).attr("mime_type", "text/markdown")));
        m.output("policy_names", "Alert policy resource names by key.",
                Hcl.forMap("k", "p", ref("google_monitoring_alert_policy.this"), ref("k"), ref("p.name"), null));
        return m;
    }
}
