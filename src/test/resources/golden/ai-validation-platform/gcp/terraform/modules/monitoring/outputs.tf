output "policy_names" {
  description = "Alert policy resource names by key."
  value       = { for k, p in google_monitoring_alert_policy.this : k => p.name }
}
