locals {
  forecast_alerts = [for t in var.forecast_thresholds : {
    threshold = t
    type      = "FORECASTED"
  }]
  actual_alerts = [for t in var.actual_thresholds : {
    threshold = t
    type      = "ACTUAL"
  }]
  notifications = concat(local.forecast_alerts, local.actual_alerts)
}

resource "aws_budgets_budget" "this" {
  name         = var.name
  budget_type  = "COST"
  limit_amount = format("%.2f", var.monthly_amount)
  limit_unit   = "USD"
  time_unit    = "MONTHLY"
  tags         = var.tags
  # Only the app's resources: the provider's default tags put the app tag on every resource.
  cost_filter {
    name   = "TagKeyValue"
    values = var.cost_filter_tags
  }

  dynamic "notification" {
    for_each = local.notifications

    content {
      comparison_operator        = "GREATER_THAN"
      threshold                  = notification.value.threshold
      threshold_type             = "PERCENTAGE"
      notification_type          = notification.value.type
      subscriber_email_addresses = var.alert_emails
    }
  }
}
