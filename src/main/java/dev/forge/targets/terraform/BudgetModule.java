package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;

/**
 * {@code modules/budget}: one AWS Budgets cost budget for an environment, limited to the app's resources by the
 * {@code app} cost-allocation tag, e-mailing its addresses when the month's forecast reaches each forecast threshold
 * (80 % and 100 % by default) and when actual spend passes 100 %.
 */
final class BudgetModule {

    static final String NAME = "budget";

    private BudgetModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "A monthly AWS Budgets cost budget for one environment, counting the costs of"
                + " resources carrying the given cost-allocation tags, with e-mail alerts on the forecast (80 % and 100 %"
                + " by default) and on actual spend (100 %). The tags must be activated as cost-allocation tags in the"
                + " billing console of the paying account before they count.");
        m.required("name", Types.STRING, "Name of the budget (app-env).");
        m.required("monthly_amount", Types.NUMBER, "Monthly amount in US dollars.",
                check(op(var("monthly_amount"), ">", num(0)), "monthly_amount must be positive."));
        m.required("alert_emails", Types.STRINGS, "Addresses alerted (AWS Budgets takes 1-10 per alert).",
                check(op(op(call("length", var("alert_emails")), ">=", num(1)), "&&",
                        op(call("length", var("alert_emails")), "<=", num(10))), "alert_emails must hold 1-10 addresses."));
        m.required("cost_filter_tags", Types.STRINGS, "Cost-allocation tags the budget counts, as `user:<key>$<value>`"
                + " (any of them).");
        m.optional("forecast_thresholds", Types.list(Types.NUMBER), "Percentages of the amount the month's forecast may reach"
                + " before the addresses are alerted.", list(num(80), num(100)));
        m.optional("actual_thresholds", Types.list(Types.NUMBER), "Percentages of the amount actual spend may pass before the"
                + " addresses are alerted.", list(num(100)));
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.locals(l -> l
                .attr("forecast_alerts", forAlerts("forecast_thresholds", "FORECASTED"))
                .attr("actual_alerts", forAlerts("actual_thresholds", "ACTUAL"))
                .attr("notifications", call("concat", ref("local.forecast_alerts"), ref("local.actual_alerts"))));
        m.resource("aws_budgets_budget", "this", b -> b
                .attr("name", var("name"))
                .attr("budget_type", "COST")
                .attr("limit_amount", call("format", str("%.2f"), var("monthly_amount")))
                .attr("limit_unit", "USD")
                .attr("time_unit", "MONTHLY")
                .attr("tags", var("tags"))
                .comment("Only the app's resources: the provider's default tags put the app tag on every resource.")
                .block("cost_filter", f -> f
                        .attr("name", "TagKeyValue")
                        .attr("values", var("cost_filter_tags")))
                .dynamic("notification", ref("local.notifications"), n -> n
                        .attr("comparison_operator", "GREATER_THAN")
                        .attr("threshold", ref("notification.value.threshold"))
                        .attr("threshold_type", "PERCENTAGE")
                        .attr("notification_type", ref("notification.value.type"))
                        .attr("subscriber_email_addresses", var("alert_emails"))));
        m.output("budget_name", "Name of the budget.", ref("aws_budgets_budget.this.name"));
        m.output("budget_arn", "ARN of the budget.", ref("aws_budgets_budget.this.arn"));
        return m;
    }

    private static Expr forAlerts(String thresholds, String type) {
        return dev.forge.emit.hcl.Hcl.forList("t", var(thresholds), obj().put("threshold", ref("t")).put("type", type).build());
    }
}
