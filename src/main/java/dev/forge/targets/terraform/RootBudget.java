package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.strings;

import dev.forge.model.BudgetSpec;
import dev.forge.model.Spec;
import java.util.List;

/** The environment's cost budget ({@code budget.monthly}), alerting {@code budget.email} or the environment's alerts. */
final class RootBudget {

    private RootBudget() {
    }

    /** Whether this environment gets a budget: an amount, and someone to alert. */
    static boolean wanted(Spec s, List<String> environmentAlerts) {
        BudgetSpec b = s.budget();
        return amount(b) && !emails(b, environmentAlerts).isEmpty();
    }

    /** Whether the budget has an amount here ({@code 0} turns it off in one environment). */
    static boolean amount(BudgetSpec b) {
        return b != null && b.monthly() != null && b.monthly() > 0;
    }

    static List<String> emails(BudgetSpec b, List<String> environmentAlerts) {
        return b.email() != null && !b.email().isEmpty() ? b.email() : environmentAlerts;
    }

    static void add(Root root) {
        BudgetSpec b = root.env.spec().budget();
        if (!amount(b)) {
            return;
        }
        List<String> alerts = root.env.environment().alertEmails();
        if (!wanted(root.env.spec(), alerts)) {
            root.notes.add("Budget: not generated in this environment, because nobody would be alerted; set `budget.email`"
                    + " or `environments." + root.env.name() + ".alerts.email`.");
            return;
        }
        root.module("budget", BudgetModule.NAME, m -> m
                .attr("name", root.env.naming().prefix())
                .attr("monthly_amount", num(b.monthly()))
                .attr("alert_emails", strings(emails(b, alerts)))
                .attr("cost_filter_tags", strings(List.of("user:app$" + root.env.spec().app()))));
        root.output("budget_name", "Name of the environment's AWS Budgets budget.", ref("module.budget.budget_name"));
        if (sharesAccount(root)) {
            root.notes.add("Budget: another environment shares this one's AWS account, and the budget counts the app's"
                    + " costs in the account (by its `app` tag), so it counts both environments.");
        }
    }

    private static boolean sharesAccount(Root root) {
        // the resolved spec is not at hand here: the written spec's environments tell which share an account
        var written = root.written == null ? root.env.spec() : root.written;
        String account = root.env.environment().account();
        return written.environments().entrySet().stream().filter(e -> !e.getKey().equals(root.env.name()))
                .anyMatch(e -> java.util.Objects.equals(e.getValue().account(), account));
    }
}
