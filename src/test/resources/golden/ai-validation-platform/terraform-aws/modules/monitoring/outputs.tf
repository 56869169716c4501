output "alarm_topic_arn" {
  description = "ARN of the alarm topic."
  value       = aws_sns_topic.this.arn
}

output "dashboard_name" {
  description = "Name of the dashboard (null without one)."
  value       = one(aws_cloudwatch_dashboard.this[*].dashboard_name)
}
