variable "name" {
  description = "Name of the budget (app-env)."
  type        = string
}

variable "monthly_amount" {
  description = "Monthly amount in US dollars."
  type        = number

  validation {
    condition     = var.monthly_amount > 0
    error_message = "monthly_amount must be positive."
  }
}

variable "alert_emails" {
  description = "Addresses alerted (AWS Budgets takes 1-10 per alert)."
  type        = list(string)

  validation {
    condition     = (length(var.alert_emails) >= 1) && (length(var.alert_emails) <= 10)
    error_message = "alert_emails must hold 1-10 addresses."
  }
}

variable "cost_filter_tags" {
  description = "Cost-allocation tags the budget counts, as `user:<key>$<value>` (any of them)."
  type        = list(string)
}

variable "forecast_thresholds" {
  description = "Percentages of the amount the month's forecast may reach before the addresses are alerted."
  type        = list(number)
  default     = [80, 100]
}

variable "actual_thresholds" {
  description = "Percentages of the amount actual spend may pass before the addresses are alerted."
  type        = list(number)
  default     = [100]
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
