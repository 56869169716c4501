package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.BudgetSpec;
import java.util.List;

/**
 * The environment's monthly cost budget {@code Budget} ({@code AWS::Budgets::Budget}), as terraform-aws's budget
 * module: the app's costs only (its {@code app} cost-allocation tag), e-mails when the month's forecast reaches 80 %
 * and 100 % and when actual spend passes 100 %, to {@code budget.email} or else the environment's alert addresses.
 * None without an amount or without anyone to alert (the README says so).
 */
final class BudgetPart implements Part {

    static final List<Integer> FORECAST = List.of(80, 100);
    static final List<Integer> ACTUAL = List.of(100);

    @Override
    public void build(Stack stack) {
        BudgetSpec b = stack.env().spec().budget();
        if (b == null || b.monthly() == null || b.monthly() <= 0) {
            return;
        }
        List<String> emails = b.email() != null && !b.email().isEmpty() ? b.email() : stack.env().environment().alertEmails();
        if (emails == null || emails.isEmpty()) {
            stack.note("Budget: not generated in this environment, because nobody would be alerted; set `budget.email`"
                    + " or `environments." + stack.env().name() + ".alerts.email`.");
            return;
        }
        YamlList notifications = new YamlList();
        FORECAST.forEach(t -> notifications.add(notification("FORECASTED", t, emails)));
        ACTUAL.forEach(t -> notifications.add(notification("ACTUAL", t, emails)));
        stack.template().add("Budget", "AWS::Budgets::Budget", YamlMap.of(
                "Budget", YamlMap.of("BudgetName", stack.env().naming().prefix(), "BudgetType", "COST",
                        "BudgetLimit", YamlMap.of("Amount", b.monthly(), "Unit", "USD"), "TimeUnit", "MONTHLY",
                        // only the app's resources: the stack's tags put the app tag on every resource
                        "CostFilters", YamlMap.of("TagKeyValue", YamlList.of("user:app$" + stack.env().spec().app()))),
                "NotificationsWithSubscribers", notifications));
    }

    private static YamlMap notification(String type, int threshold, List<String> emails) {
        YamlList subscribers = new YamlList();
        emails.forEach(e -> subscribers.add(YamlMap.of("SubscriptionType", "EMAIL", "Address", e)));
        return YamlMap.of("Notification", YamlMap.of("ComparisonOperator", "GREATER_THAN", "NotificationType", type,
                "Threshold", threshold, "ThresholdType", "PERCENTAGE"), "Subscribers", subscribers);
    }
}
